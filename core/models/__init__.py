from .media import CustomDocument, CustomImage, CustomRendition
from .site import FooterText, SiteSettings

__all__ = ["CustomDocument", "CustomImage", "CustomRendition", "FooterText", "SiteSettings"]
