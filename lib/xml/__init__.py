"""Core XML support for Python (krait ships xml.etree only)."""
