"""Where attachment files come from: a ZIP archive or a folder, looked up by file name. The
messages are translated when a source is opened or read (the import runs in the reader's language)."""

import zipfile
from pathlib import Path

from django.utils.translation import gettext, gettext_lazy

from core.validators import ZipExpansionError, check_zip_expansion

MAX_FILE = 100 * 1024 * 1024
MAX_TOTAL = 1024 * 1024 * 1024


class SourceError(Exception):
    pass


# Said in two places each; str() translates them into the language active at the time.
TOO_LARGE = gettext_lazy("the archive exceeds 1 GB once unpacked; split it into parts.")
OVER_100_MB = gettext_lazy("file “%(name)s” is over 100 MB.")


class NoFiles:
    description = gettext_lazy("no archive or folder of files was uploaded")

    def has(self, name):
        return False

    def read(self, name):
        raise KeyError(name)


class ZipFiles:
    """Files anywhere in the archive, by their own name (folders inside are ignored)."""

    def __init__(self, source):
        try:
            self.archive = zipfile.ZipFile(source)
        except (zipfile.BadZipFile, OSError) as error:
            raise SourceError(gettext("the archive of files is not a valid ZIP file (%(error)s).")
                              % {"error": error}) from None
        try:
            check_zip_expansion(self.archive, max_total=MAX_TOTAL)
        except ZipExpansionError as error:
            if error.reason == "total":
                raise SourceError(str(TOO_LARGE)) from None
            raise SourceError(gettext("the archive of files looks like a ZIP bomb (the files unpack to many times "
                                      "their size in the archive, or there are too many of them); we do not "
                                      "unpack it.")) from None
        self.entries, self.ambiguous = {}, set()
        total = 0
        for info in self.archive.infolist():
            if info.is_dir() or info.filename.rsplit("/", 1)[-1].startswith("."):
                continue
            name = info.filename.rsplit("/", 1)[-1]
            if name in self.entries:
                self.ambiguous.add(name)
            self.entries[name] = info
            total += info.file_size
        if total > MAX_TOTAL:
            raise SourceError(str(TOO_LARGE))
        self.description = gettext("we searched the ZIP archive")

    def has(self, name):
        return name in self.entries

    def read(self, name):
        if name in self.ambiguous:
            raise SourceError(gettext("the archive holds several files named “%(name)s”.") % {"name": name})
        info = self.entries[name]
        if info.file_size > MAX_FILE:
            raise SourceError(str(OVER_100_MB) % {"name": name})
        return self.archive.read(info)


class FolderFiles:
    def __init__(self, folder):
        self.root = Path(folder).resolve()
        if not self.root.is_dir():
            raise SourceError(gettext("there is no folder “%(folder)s”.") % {"folder": folder})
        self.description = gettext("we searched the folder %(folder)s") % {"folder": self.root}

    def _path(self, name):
        path = (self.root / name).resolve()
        if path.parent != self.root:
            raise KeyError(name)
        return path

    def has(self, name):
        try:
            return self._path(name).is_file()
        except KeyError:
            return False

    def read(self, name):
        path = self._path(name)
        if path.stat().st_size > MAX_FILE:
            raise SourceError(str(OVER_100_MB) % {"name": name})
        return path.read_bytes()


def open_source(path_or_file=None):
    """A ZIP (path or open file) or a folder path; nothing: NoFiles."""
    if path_or_file is None or path_or_file == "":
        return NoFiles()
    if isinstance(path_or_file, (str, Path)) and Path(path_or_file).is_dir():
        return FolderFiles(path_or_file)
    if isinstance(path_or_file, (str, Path)) and not Path(path_or_file).exists():
        raise SourceError(gettext("there is no file or folder “%(path)s”.") % {"path": path_or_file})
    return ZipFiles(path_or_file)
