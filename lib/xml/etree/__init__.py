# The ElementTree toolkit: see xml.etree.ElementTree.
