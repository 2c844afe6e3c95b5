"""The io module: the C classes of _io plus the abstract base classes.

IOBase, RawIOBase, BufferedIOBase and TextIOBase are ABCs over the C bases
of _io (which hold the generic method implementations); the concrete C
classes are registered with them so isinstance(f, io.TextIOBase) holds.
"""

import abc
import _io
from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, open, FileIO,
                 BytesIO, StringIO, BufferedReader, BufferedWriter,
                 BufferedRandom, TextIOWrapper, text_encoding)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError


def open_code(path):
    """Opens path for reading as bytes (the hook used for source files)."""
    return open(path, "rb")


class IOBase(_io._IOBase, metaclass=abc.ABCMeta):
    __doc__ = _io._IOBase.__doc__


class RawIOBase(_io._RawIOBase, IOBase):
    __doc__ = _io._RawIOBase.__doc__


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    __doc__ = _io._BufferedIOBase.__doc__


class TextIOBase(_io._TextIOBase, IOBase):
    __doc__ = _io._TextIOBase.__doc__


RawIOBase.register(FileIO)

for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)

for _klass in (StringIO, TextIOWrapper):
    TextIOBase.register(_klass)
del _klass

# sys's own C stream type stands in for TextIOWrapper until io replaces it.
import sys as _sys
if not isinstance(_sys.stdout, TextIOWrapper) and _sys.stdout is not None:
    TextIOBase.register(type(_sys.stdout))
del _sys


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one object."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r into \\n in decoded text, chunk by chunk."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.pendingcr = False
        self.seennl = 0

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self.seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        return b"", int(self.pendingcr)

    def setstate(self, state):
        self.pendingcr = bool(state[1] & 1)

    def reset(self):
        self.seennl = 0
        self.pendingcr = False

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"),
                ("\r", "\r\n"), ("\r", "\n", "\r\n"))[self.seennl]
