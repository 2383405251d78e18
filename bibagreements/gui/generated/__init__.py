"""Generated from ui/*.ui by pyside6-uic (python -m bibagreements.gui.generate); never edit."""
