from .series import WebinarSeriesPage
from .speakers import Speaker
from .webinar import WebinarPage
from .webinar_links import WebinarMaterial, WebinarRelatedPage, WebinarSpeaker

__all__ = [
    "Speaker",
    "WebinarMaterial",
    "WebinarPage",
    "WebinarRelatedPage",
    "WebinarSeriesPage",
    "WebinarSpeaker",
]
