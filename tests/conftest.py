"""Shared test setup: Qt must never look for a display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
