from .series import WebinarSeriesPage
from .speakers import Speaker
from .webinar import WebinarMaterial, WebinarPage, WebinarRelatedPage, WebinarSpeaker

__all__ = [
    "Speaker",
    "WebinarMaterial",
    "WebinarPage",
    "WebinarRelatedPage",
    "WebinarSeriesPage",
    "WebinarSpeaker",
]
