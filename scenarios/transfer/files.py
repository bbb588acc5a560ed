"""Where attachment files come from: a ZIP archive or a folder, looked up by file name."""

import zipfile
from pathlib import Path

from core.validators import ZipExpansionError, check_zip_expansion

MAX_FILE = 100 * 1024 * 1024
MAX_TOTAL = 1024 * 1024 * 1024


class SourceError(Exception):
    pass


class NoFiles:
    description = "nie przesłano archiwum ani folderu z plikami"

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
            raise SourceError(f"archiwum z plikami nie jest poprawnym plikiem ZIP ({error}).") from None
        try:
            check_zip_expansion(self.archive, max_total=MAX_TOTAL)
        except ZipExpansionError as error:
            if error.reason == "total":
                raise SourceError("archiwum po rozpakowaniu przekracza 1 GB; podziel je na części.") from None
            raise SourceError("archiwum z plikami wygląda na bombę ZIP (pliki rozpakowują się do rozmiaru "
                              "wielokrotnie większego niż w archiwum albo jest ich za dużo); nie rozpakowujemy go.") from None
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
            raise SourceError("archiwum po rozpakowaniu przekracza 1 GB; podziel je na części.")
        self.description = "przeszukaliśmy archiwum ZIP"

    def has(self, name):
        return name in self.entries

    def read(self, name):
        if name in self.ambiguous:
            raise SourceError(f"w archiwum jest kilka plików o nazwie „{name}”.")
        info = self.entries[name]
        if info.file_size > MAX_FILE:
            raise SourceError(f"plik „{name}” ma ponad 100 MB.")
        return self.archive.read(info)


class FolderFiles:
    def __init__(self, folder):
        self.root = Path(folder).resolve()
        if not self.root.is_dir():
            raise SourceError(f"nie ma folderu „{folder}”.")
        self.description = f"przeszukaliśmy folder {self.root}"

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
            raise SourceError(f"plik „{name}” ma ponad 100 MB.")
        return path.read_bytes()


def open_source(path_or_file=None):
    """A ZIP (path or open file) or a folder path; nothing: NoFiles."""
    if path_or_file is None or path_or_file == "":
        return NoFiles()
    if isinstance(path_or_file, (str, Path)) and Path(path_or_file).is_dir():
        return FolderFiles(path_or_file)
    if isinstance(path_or_file, (str, Path)) and not Path(path_or_file).exists():
        raise SourceError(f"nie ma pliku ani folderu „{path_or_file}”.")
    return ZipFiles(path_or_file)
