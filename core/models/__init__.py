from .downloads import DailyDownloadCount
from .media import CustomDocument, CustomImage, CustomRendition
from .site import FooterText, SiteSettings

__all__ = [
    "DailyDownloadCount","CustomDocument", "CustomImage", "CustomRendition", "FooterText", "SiteSettings"]
