# Deprecated alias module kept for old programs.
from xml.etree.ElementTree import *
