from .pages import CookiePolicyPage
from .records import ConsentRecord
from .settings import ConsentSettings, ConsentTexts, CookieDeclaration

__all__ = ["ConsentRecord", "ConsentSettings", "ConsentTexts", "CookieDeclaration", "CookiePolicyPage"]
