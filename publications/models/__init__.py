from .handbook import HandbookChapterPage, HandbookPage
from .licence import Licence
from .publication import PublicationAuthor, PublicationFile, PublicationIndexPage, PublicationPage

__all__ = [
    "HandbookChapterPage",
    "HandbookPage",
    "Licence",
    "PublicationAuthor",
    "PublicationFile",
    "PublicationIndexPage",
    "PublicationPage",
]
