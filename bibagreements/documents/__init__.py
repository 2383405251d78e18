"""Signable agreement documents: a neutral document model and its PDF/DOCX writers.

Import the writers from their modules (``pdf_writer``, ``docx_writer``,
``pdfa``, ``signature_fields``); this package imports nothing heavy itself.
"""
