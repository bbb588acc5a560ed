from .downloads import DailyDownloadCount
from .media import CustomDocument, CustomImage, CustomRendition
from .mixins import AccessibleVersionMixin, CoverImageMixin, EditorNoteMixin, SeoMixin, synchronised
from .pages import BasePage, HomeSectionMixin, searchable
from .site import FooterText, SiteSettings

__all__ = [
    "AccessibleVersionMixin", "BasePage", "HomeSectionMixin", "CoverImageMixin", "DailyDownloadCount", "CustomDocument", "CustomImage",
    "CustomRendition", "EditorNoteMixin", "FooterText", "SeoMixin", "SiteSettings", "searchable", "synchronised",
]
