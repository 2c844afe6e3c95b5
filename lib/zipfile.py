"""zipfile -- read and write ZIP archives (stored and deflated members).

Layout follows the ZIP specification: each member is a local header,
its name and the (possibly deflated) data; the central directory lists
every member again with its offset, and the end-of-central-directory
record points at the directory.  Headers are packed with the same field
values CPython writes (versions 20, Unix create_system, external
attributes from the file mode or 0o600 for writestr, UTF-8 flag 0x800 for
non-ASCII names), and deflate uses zlib with a raw window of -15 and the
default level, so archives come out byte-identical for the same inputs
and timestamps.  When the target is seekable the local header is patched
after the data; otherwise bit 3 is set and a data descriptor follows.

Reading parses the end record (allowing an archive comment), the central
directory, and decompresses members on open(), checking CRC-32.  ZIP64,
encryption, bzip2 and lzma are not supported (BadZipFile /
NotImplementedError).
"""

import io
import os
import shutil
import stat
import struct
import sys
import time
import warnings
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED",
           "ZIP_BZIP2", "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile",
           "PyZipFile", "LargeZipFile", "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a file would need ZIP64 extensions."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
MAX_EXTRACT_VERSION = 63

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce',
    5: 'reduce', 6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64',
    10: 'implode', 12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77',
    97: 'wavpack', 98: 'ppmd',
}

_END = struct.Struct("<4s4H2LH")
_END_MAGIC = b"PK\005\006"
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_CENTRAL_MAGIC = b"PK\001\002"
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_LOCAL_MAGIC = b"PK\003\004"
_DESCRIPTOR = struct.Struct("<4sLLL")
_DESCRIPTOR_MAGIC = b"PK\007\010"

_UTF8_FLAG = 0x800
_DESCRIPTOR_FLAG = 0x08
_ENCRYPTED_FLAG = 0x01


# upper half of code page 437, the default encoding of non-UTF-8 names
_CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0'


def _decode_cp437(raw):
    try:
        return raw.decode('ascii')
    except UnicodeDecodeError:
        return ''.join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression in (ZIP_BZIP2, ZIP_LZMA):
        raise RuntimeError("Compression requires the (missing) %s module"
                           % ("bz2" if compression == ZIP_BZIP2 else "lzma"))
    raise NotImplementedError("That compression method is not supported")


def is_zipfile(filename):
    """True if filename (a path or file object) looks like a ZIP file."""
    try:
        if hasattr(filename, "read"):
            pos = filename.tell()
            try:
                return _find_end(filename) is not None
            finally:
                filename.seek(pos)
        with open(filename, "rb") as fp:
            return _find_end(fp) is not None
    except OSError:
        return False


def _find_end(fp):
    """(end record fields, comment, offset of the record) or None."""
    fp.seek(0, 2)
    size = fp.tell()
    if size < _END.size:
        return None
    start = max(0, size - _END.size - ZIP_MAX_COMMENT)
    fp.seek(start)
    data = fp.read()
    at = data.rfind(_END_MAGIC)
    while at >= 0:
        rec = data[at:at + _END.size]
        if len(rec) == _END.size:
            fields = _END.unpack(rec)
            comment = data[at + _END.size:at + _END.size + fields[7]]
            if len(comment) == fields[7]:
                return fields, comment, start + at
        at = data.rfind(_END_MAGIC, 0, at)
    return None


class ZipInfo:
    """Information about one archive member."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type',
                 '_compresslevel', 'comment', 'extra', 'create_system',
                 'create_version', 'extract_version', 'reserved', 'flag_bits',
                 'volume', 'internal_attr', 'external_attr', 'header_offset',
                 'CRC', 'compress_size', 'file_size', '_raw_time',
                 '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null = filename.find(chr(0))
        if null >= 0:
            filename = filename[0:null]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self.header_offset = 0
        self.CRC = 0
        self._end_offset = None

    def __repr__(self):
        out = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            out.append(' compress_type=%s' % compressor_names.get(
                self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            out.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            out.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            out.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or
                 self.file_size != self.compress_size)):
            out.append(' compress_size=%r' % self.compress_size)
        out.append('>')
        return ''.join(out)

    def _dos_stamp(self):
        dt = self.date_time
        dosdate = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
        dostime = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
        return dostime, dosdate

    def _encoded_name(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _UTF8_FLAG

    def FileHeader(self, zip64=None):
        dostime, dosdate = self._dos_stamp()
        if self.flag_bits & _DESCRIPTOR_FLAG:
            crc = csize = fsize = 0
        else:
            crc, csize, fsize = self.CRC, self.compress_size, self.file_size
        name, flags = self._encoded_name()
        return _LOCAL.pack(_LOCAL_MAGIC, self.extract_version, self.reserved,
                           flags, self.compress_type, dostime, dosdate, crc,
                           csize, fsize, len(name), len(self.extra)) + \
            name + self.extra

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        mtime = time.localtime(st.st_mtime)
        date_time = mtime[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def is_dir(self):
        return self.filename[-1:] == '/'


class ZipExtFile(io.BufferedIOBase):
    """A member opened for reading: its decompressed bytes."""

    def __init__(self, data, mode, zipinfo):
        self._buf = io.BytesIO(data)
        self.mode = mode
        self.name = zipinfo.filename
        self._zinfo = zipinfo

    def readable(self):
        return True

    def seekable(self):
        return True

    def read(self, n=-1):
        return self._buf.read(n if n is not None else -1)

    def read1(self, n=-1):
        return self.read(n)

    def readline(self, limit=-1):
        return self._buf.readline(limit)

    def peek(self, n=1):
        pos = self._buf.tell()
        data = self._buf.read(max(n, 512))
        self._buf.seek(pos)
        return data

    def seek(self, offset, whence=0):
        return self._buf.seek(offset, whence)

    def tell(self):
        return self._buf.tell()

    def __repr__(self):
        r = ['<%s.%s name=%r mode=%r' % (self.__class__.__module__,
                                         self.__class__.__qualname__,
                                         self.name, self.mode)]
        if self._zinfo.compress_type != ZIP_STORED:
            r.append(' compress_type=%s' % compressor_names.get(
                self._zinfo.compress_type, self._zinfo.compress_type))
        r.append('>')
        return ''.join(r)


class _ZipWriteFile(io.BufferedIOBase):
    """A member opened for writing; the header is finished on close()."""

    def __init__(self, zf, zinfo):
        self._zf = zf
        self._zinfo = zinfo
        self._chunks = []
        self._crc = 0
        self._size = 0
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo._compresslevel
            self._comp = zlib.compressobj(
                zlib.Z_DEFAULT_COMPRESSION if level is None else level,
                zlib.DEFLATED, -15)
        else:
            self._comp = None
        self._closed = False

    def writable(self):
        return True

    def write(self, data):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            n = len(data)
        else:
            data = memoryview(data)
            n = data.nbytes
        self._size += n
        self._crc = zlib.crc32(data, self._crc)
        if self._comp is not None:
            data = self._comp.compress(data)
        self._chunks.append(bytes(data))
        return n

    def close(self):
        if self._closed:
            return
        self._closed = True
        if self._comp is not None:
            self._chunks.append(self._comp.flush())
        payload = b''.join(self._chunks)
        zi = self._zinfo
        zi.CRC = self._crc
        zi.file_size = self._size
        zi.compress_size = len(payload)
        self._zf._finish_member(zi, payload)
        super().close()


class ZipFile:
    """A ZIP archive opened for reading ('r'), writing ('w'), exclusive
    creation ('x') or appending ('a')."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = False
            self.filename = file
            fmode = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}[mode]
            try:
                self.fp = io.open(file, fmode)
            except FileNotFoundError:
                if mode != 'a':
                    raise
                mode = 'w'
                self.fp = io.open(file, 'w+b')
        else:
            self._filePassed = True
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._modified = False
        try:
            if mode == 'r':
                self._read_directory()
            elif mode in ('w', 'x'):
                self._modified = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.start_dir = 0
                self._seekable = self._can_seek()
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self._modified = True
                    self.start_dir = self.fp.tell()
                self._seekable = True
        except:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def _can_seek(self):
        try:
            self.fp.seek(self.start_dir)
            return True
        except (AttributeError, OSError):
            return False

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        r = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                r.append(' file=%r' % self.fp)
            elif self.filename is not None:
                r.append(' filename=%r' % self.filename)
            r.append(' mode=%r' % self.mode)
        else:
            r.append(' [closed]')
        r.append('>')
        return ''.join(r)

    def _read_directory(self):
        fp = self.fp
        try:
            found = _find_end(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if found is None:
            raise BadZipFile("File is not a zip file")
        fields, comment, end_at = found
        self._comment = comment
        cd_size, cd_offset = fields[5], fields[6]
        # a prefix (self-extracting stub) shifts all offsets
        concat = end_at - cd_size - cd_offset
        self.start_dir = cd_offset + concat
        fp.seek(self.start_dir)
        data = fp.read(cd_size)
        pos = 0
        while pos < len(data):
            head = data[pos:pos + _CENTRAL.size]
            if len(head) != _CENTRAL.size:
                raise BadZipFile("Truncated central directory")
            c = _CENTRAL.unpack(head)
            if c[0] != _CENTRAL_MAGIC:
                raise BadZipFile("Bad magic number for central directory")
            pos += _CENTRAL.size
            name = data[pos:pos + c[12]]
            pos += c[12]
            flags = c[5]
            if flags & _UTF8_FLAG:
                fname = name.decode('utf-8')
            else:
                fname = name.decode(self.metadata_encoding) \
                    if self.metadata_encoding else _decode_cp437(name)
            zi = ZipInfo(fname)
            zi.extra = data[pos:pos + c[13]]
            pos += c[13]
            zi.comment = data[pos:pos + c[14]]
            pos += c[14]
            zi.header_offset = c[18] + concat
            (zi.create_version, zi.create_system, zi.extract_version,
             zi.reserved, zi.flag_bits, zi.compress_type, t, d, zi.CRC,
             zi.compress_size, zi.file_size) = c[1:12]
            zi.volume, zi.internal_attr, zi.external_attr = c[15:18]
            if zi.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" %
                                          (zi.extract_version / 10))
            zi._raw_time = t
            zi.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                            t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            self.filelist.append(zi)
            self.NameToInfo[zi.filename] = zi

    def namelist(self):
        return [data.filename for data in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"),
              file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size),
                  file=file)

    def testzip(self):
        for zinfo in self.filelist:
            try:
                self.read(zinfo)
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        self.pwd = pwd

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._modified = True

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def _member_bytes(self, zinfo):
        fp = self.fp
        fp.seek(zinfo.header_offset)
        head = fp.read(_LOCAL.size)
        if len(head) != _LOCAL.size:
            raise BadZipFile("Truncated file header")
        h = _LOCAL.unpack(head)
        if h[0] != _LOCAL_MAGIC:
            raise BadZipFile("Bad magic number for file header")
        fp.read(h[10] + h[11])
        if zinfo.flag_bits & _ENCRYPTED_FLAG:
            raise NotImplementedError("encrypted members are not supported")
        raw = fp.read(zinfo.compress_size)
        if zinfo.compress_type == ZIP_STORED:
            data = raw
        elif zinfo.compress_type == ZIP_DEFLATED:
            d = zlib.decompressobj(-15)
            data = d.decompress(raw) + d.flush()
        else:
            _check_compression(zinfo.compress_type)
            data = raw
        if zlib.crc32(data) != zinfo.CRC:
            raise BadZipFile("Bad CRC-32 for file %r" % zinfo.filename)
        return data

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(zinfo)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there "
                             "is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        return ZipExtFile(self._member_bytes(zinfo), mode, zinfo)

    def _open_to_write(self, zinfo):
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is "
                             "another write handle open on it. "
                             "Close the first handle before opening another.")
        self._ensure_writable()
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= 0x02
        if not self._seekable:
            zinfo.flag_bits |= _DESCRIPTOR_FLAG
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        self._writing = True
        return _ZipWriteFile(self, zinfo)

    def _ensure_writable(self):
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")

    def _finish_member(self, zinfo, payload):
        self._writing = False
        if zinfo.filename in self.NameToInfo:
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=4)
        fp = self.fp
        if self._seekable:
            fp.seek(self.start_dir)
        zinfo.header_offset = self.start_dir
        record = [zinfo.FileHeader(), payload]
        if zinfo.flag_bits & _DESCRIPTOR_FLAG:
            record.append(_DESCRIPTOR.pack(_DESCRIPTOR_MAGIC, zinfo.CRC,
                                           zinfo.compress_size, zinfo.file_size))
        record = b''.join(record)
        fp.write(record)
        self.start_dir += len(record)
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self._modified = True

    def extract(self, member, path=None, pwd=None):
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep)
                                   if x not in invalid)
        targetpath = os.path.join(targetpath, arcname)
        targetpath = os.path.normpath(targetpath)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, \
                open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    def write(self, filename, arcname=None, compress_type=None,
              compresslevel=None):
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname,
                                  strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None \
            else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None \
            else compresslevel
        with open(filename, "rb") as src, self.open(zinfo, 'w') as dest:
            shutil.copyfileobj(src, dest, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None,
                 compresslevel=None):
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == '/':
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self.open(zinfo, mode='w') as dest:
            dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith('/'):
                name += '/'
            zinfo = ZipInfo(name, time.localtime(time.time())[:6])
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        self._ensure_writable()
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= 0x02
        self._writing = True
        self._finish_member(zinfo, b'')

    def close(self):
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is "
                             "an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._modified:
                if self._seekable:
                    self.fp.seek(self.start_dir)
                self._write_directory()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_directory(self):
        fp = self.fp
        start = self.start_dir
        out = []
        for zi in self.filelist:
            dostime, dosdate = zi._dos_stamp()
            name, flags = zi._encoded_name()
            out.append(_CENTRAL.pack(
                _CENTRAL_MAGIC, zi.create_version, zi.create_system,
                zi.extract_version, zi.reserved, flags, zi.compress_type,
                dostime, dosdate, zi.CRC, zi.compress_size, zi.file_size,
                len(name), len(zi.extra), len(zi.comment), 0,
                zi.internal_attr, zi.external_attr, zi.header_offset))
            out.append(name)
            out.append(zi.extra)
            out.append(zi.comment)
        directory = b''.join(out)
        fp.write(directory)
        n = len(self.filelist)
        fp.write(_END.pack(_END_MAGIC, 0, 0, n, n, len(directory), start,
                           len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a":
            fp.truncate()
        fp.flush()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


class PyZipFile(ZipFile):
    """ZipFile with writepy() (adds .py sources; no byte-compilation)."""

    def writepy(self, pathname, basename="", filterfunc=None):
        pathname = os.fspath(pathname)
        if os.path.isdir(pathname):
            for name in sorted(os.listdir(pathname)):
                path = os.path.join(pathname, name)
                if name.endswith('.py') and (filterfunc is None or filterfunc(path)):
                    self.write(path, os.path.join(basename, name) if basename else name)
        else:
            self.write(pathname, os.path.basename(pathname))


class Path:
    """A minimal zipfile.Path: name, read_text/read_bytes, iterdir,
    is_dir/is_file/exists and '/' joining."""

    def __init__(self, root, at=""):
        self.root = root if isinstance(root, ZipFile) else ZipFile(root)
        self.at = at

    def __truediv__(self, add):
        return Path(self.root, self.at + add)

    joinpath = __truediv__

    @property
    def name(self):
        return self.at.rstrip('/').rpartition('/')[2]

    def _names(self):
        return self.root.namelist()

    def is_dir(self):
        return not self.at or self.at.endswith('/') or \
            any(n.startswith(self.at + '/') for n in self._names())

    def is_file(self):
        return self.at in self._names()

    def exists(self):
        return self.is_file() or self.is_dir()

    def iterdir(self):
        # direct entries first, then directories only implied by deeper
        # names, as CPython's Path lists them
        prefix = self.at if not self.at or self.at.endswith('/') else self.at + '/'
        direct = []
        implied = []
        for n in self._names():
            if not n.startswith(prefix) or n == prefix:
                continue
            rest = n[len(prefix):]
            head, sep, tail = rest.partition('/')
            if not tail:
                if head + sep not in direct:
                    direct.append(head + sep)
            elif head + '/' not in implied:
                implied.append(head + '/')
        names = direct + [d for d in implied if d not in direct]
        return (Path(self.root, prefix + h) for h in names)

    def read_bytes(self):
        return self.root.read(self.at)

    def read_text(self, encoding='utf-8', *args, **kwargs):
        return self.read_bytes().decode(encoding, *args, **kwargs)

    def __str__(self):
        return os.path.join(self.root.filename or '', self.at)

    def __repr__(self):
        return "Path(%r, %r)" % (self.root.filename, self.at)
