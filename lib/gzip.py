"""Read and write gzip files (RFC 1952) on top of zlib.

Design
------
A gzip file is a sequence of members, each a header, a raw deflate stream
and a trailer (CRC-32 and length mod 2**32 of the uncompressed data);
members may be separated by zero padding.

Writing streams straight through a raw-deflate compressobj (wbits -15),
keeping the running CRC and size for the trailer written by close().  The
header matches CPython byte for byte: FNAME from the file name (".gz"
dropped, omitted when not Latin-1), mtime (now unless given), XFL from the
level.

Reading is done by ``_MemberReader``, which pulls raw input in chunks,
parses headers, inflates, and verifies each trailer; ``GzipFile`` keeps a
bytes buffer of decompressed data in front of it to serve read(n),
readline() and peek().  Seeking in read mode rewinds to the start and
decompresses forward (as CPython does); in write mode only forward seeks
are allowed, filled with zeros.
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024

_EOF_MESSAGE = ("Compressed file ended before the end-of-stream marker "
                "was reached")


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError(
                "Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError(
                "Argument 'newline' not supported in binary mode")

    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")

    if "t" in mode:
        if encoding is None:
            encoding = "locale"
            if hasattr(io, "text_encoding"):
                encoding = io.text_encoding(None)
            else:
                encoding = "utf-8"
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def write32u(output, value):
    output.write(struct.pack("<L", value))


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


class GzipFile(io.BufferedIOBase):
    """The GzipFile class simulates most of the methods of a file object
    with the exception of the truncate() method."""

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')

        if mode.startswith('r'):
            self.mode = READ
            self._reader = _MemberReader(fileobj)
            self._buf = b''
            self._pos = 0
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn(
                    "GzipFile was opened for writing, but this will "
                    "change in future Python releases.  "
                    "Specify the mode argument for opening it for writing.",
                    FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self.crc = zlib.crc32(b"")
            self.size = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        if self.mode == READ:
            return self._reader.last_mtime
        return None

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _write_gzip_header(self, compresslevel):
        out = self.fileobj
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b''
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        out.write(b'\037\213\010' + bytes([FNAME if fname else 0]))
        write32u(out, int(mtime))
        out.write(bytes([_xfl(compresslevel), 255]))
        if fname:
            out.write(fname + b'\000')

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF,
                          "%s() on write-only GzipFile object" % what)

    def _fill(self, want):
        """Make at least `want` unread bytes available (or hit EOF);
        want < 0 means everything."""
        chunks = [self._buf[self._pos:]]
        have = len(chunks[0])
        while want < 0 or have < want:
            data = self._reader.read_chunk()
            if not data:
                break
            chunks.append(data)
            have += len(data)
        self._buf = b''.join(chunks)
        self._pos = 0

    def read(self, size=-1):
        self._check_read("read")
        if size is None or size < 0:
            self._fill(-1)
            data = self._buf[self._pos:]
            self._buf = b''
            self._pos = 0
            self._offset_add(len(data))
            return data
        if len(self._buf) - self._pos < size:
            self._fill(size)
        data = self._buf[self._pos:self._pos + size]
        self._pos += len(data)
        self._offset_add(len(data))
        return data

    def _offset_add(self, n):
        self._reader.offset += n

    def read1(self, size=-1):
        self._check_read("read1")
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if self._pos >= len(self._buf):
            self._fill(1)
        data = self._buf[self._pos:self._pos + size]
        self._pos += len(data)
        self._offset_add(len(data))
        return data

    def readinto(self, b):
        data = self.read(len(memoryview(b)))
        n = len(data)
        memoryview(b).cast('B')[:n] = data
        return n

    def readinto1(self, b):
        data = self.read1(len(memoryview(b)))
        n = len(data)
        memoryview(b).cast('B')[:n] = data
        return n

    def peek(self, n):
        self._check_read("peek")
        if self._pos >= len(self._buf):
            self._fill(max(n, 1))
        return self._buf[self._pos:]

    def readline(self, size=-1):
        self._check_not_closed()
        if size is None:
            size = -1
        while True:
            nl = self._buf.find(b'\n', self._pos)
            avail = len(self._buf) - self._pos
            if nl >= 0 or (0 <= size <= avail):
                break
            before = len(self._buf) - self._pos
            self._fill(before + READ_BUFFER_SIZE)
            if len(self._buf) - self._pos == before:
                break
        end = len(self._buf) if nl < 0 else nl + 1
        if size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = end
        self._offset_add(len(data))
        return data

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                write32u(fileobj, self.crc)
                write32u(fileobj, self.size & 0xffffffff)
            elif self.mode == READ:
                self._buf = b''
                self._pos = 0
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        """Return the uncompressed stream file position indicator to the
        beginning of the file"""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._reader.rewind()
        self._buf = b''
        self._pos = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self.offset
        return self._reader.offset

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            count = offset - self.offset
            chunk = b'\0' * 1024
            for i in range(count // 1024):
                self.write(chunk)
            self.write(b'\0' * (count % 1024))
            return self.offset
        self._check_read("seek")
        if whence == io.SEEK_CUR:
            offset = self.tell() + offset
        elif whence == io.SEEK_END:
            self.read()
            offset = self.tell() + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid whence (%r, should be 0, 1 or 2)"
                             % (whence,))
        if offset < self.tell():
            self.rewind()
        while self.tell() < offset:
            if not self.read(min(io.DEFAULT_BUFFER_SIZE, offset - self.tell())):
                break
        return self.tell()

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        b = fp.read(n - len(data))
        if not b:
            raise EOFError(_EOF_MESSAGE)
        data += b
    return data


def _read_gzip_header(fp):
    """Parse a member header; None at a clean end of input, else the mtime."""
    magic = fp.read(2)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flag, last_mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    for bit in (FNAME, FCOMMENT):
        if flag & bit:
            while True:
                s = fp.read(1)
                if not s or s == b'\000':
                    break
    if flag & FHCRC:
        _read_exact(fp, 2)
    return last_mtime


class _PrependStream:
    """Reads from a bytes prefix first, then from the underlying file."""

    def __init__(self, fp):
        self.fp = fp
        self.prefix = b''

    def read(self, n):
        if self.prefix:
            data = self.prefix[:n]
            self.prefix = self.prefix[n:]
            if len(data) < n:
                data += self.fp.read(n - len(data))
            return data
        return self.fp.read(n)

    def prepend(self, data):
        self.prefix = data + self.prefix


class _MemberReader:
    """Produces the decompressed data of consecutive gzip members."""

    def __init__(self, fp):
        self._fp = _PrependStream(fp)
        self._raw = fp
        self._new_member = True
        self._decomp = None
        self._crc = 0
        self._size = 0
        self._eof = False
        self.last_mtime = None
        self.offset = 0

    def rewind(self):
        self._raw.seek(0)
        self._fp = _PrependStream(self._raw)
        self._new_member = True
        self._decomp = None
        self._eof = False
        self.offset = 0

    def _read_trailer(self):
        crc32, isize = struct.unpack("<II", _read_exact(self._fp, 8))
        if crc32 != self._crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc32),
                                                            hex(self._crc)))
        if isize != (self._size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        # Zero padding between members is allowed.
        c = b"\x00"
        while c == b"\x00":
            c = self._fp.read(1)
        if c:
            self._fp.prepend(c)

    def read_chunk(self):
        """The next piece of decompressed data; b'' at the end."""
        while not self._eof:
            if self._new_member:
                mtime = _read_gzip_header(self._fp)
                if mtime is None:
                    self._eof = True
                    return b''
                self.last_mtime = mtime
                self._crc = zlib.crc32(b'')
                self._size = 0
                self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
                self._new_member = False
            raw = self._fp.read(io.DEFAULT_BUFFER_SIZE)
            data = self._decomp.decompress(raw)
            if self._decomp.eof:
                self._fp.prepend(self._decomp.unused_data)
            elif raw == b'':
                raise EOFError(_EOF_MESSAGE)
            if data:
                self._crc = zlib.crc32(data, self._crc)
                self._size += len(data)
            if self._decomp.eof:
                self._read_trailer()
                self._new_member = True
            if data:
                return data
        return b''


def _create_simple_gzip_header(compresslevel, mtime=None):
    if mtime is None:
        mtime = time.time()
    return struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, 0, int(mtime),
                       _xfl(compresslevel), 255)


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime == 0:
        # zlib's own gzip wrapper writes a zero mtime (and OS 3): CPython
        # takes this shortcut, so its bytes differ from the path below.
        return zlib.compress(data, level=compresslevel, wbits=31)
    header = _create_simple_gzip_header(compresslevel, mtime)
    trailer = struct.pack("<LL", zlib.crc32(data), (len(data) & 0xffffffff))
    return header + zlib.compress(data, level=compresslevel, wbits=-15) + \
        trailer


def decompress(data):
    """Decompress a gzip compressed string in one shot."""
    members = []
    while True:
        fp = io.BytesIO(data)
        if _read_gzip_header(fp) is None:
            return b"".join(members)
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = do.decompress(data[fp.tell():])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_EOF_MESSAGE)
        crc, length = struct.unpack("<II", do.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = do.unused_data[8:].lstrip(b"\x00")
