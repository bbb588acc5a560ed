"""Wagtail's settings that no environment variable changes (base.py imports them): images and
documents, search, translation, the rich-text editor. The admin's address and languages follow
SITE_URL and LANGUAGES in base.py.
"""

WAGTAIL_SITE_NAME = "e-Mocni"
WAGTAILIMAGES_IMAGE_MODEL = "core.CustomImage"
# Images need alt text or an explicit "decorative" choice (core/image_forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.image_forms.ImageForm"
WAGTAILDOCS_DOCUMENT_MODEL = "core.CustomDocument"
# SVG is refused: it can carry scripts.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
# 40 megapixels (e.g. 7700 × 5200): counted from the file's header before anything decodes it.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "pptx", "odp", "xlsx", "ods", "epub", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.document_forms.DocumentForm"
# The scenario import (admin → Scenariusze → Import): the spreadsheet and a ZIP of attachments.
SCENARIO_IMPORT_MAX_UPLOAD_SIZE = 100 * 1024 * 1024
# Documents go through the site (counting, private collections), never as public media URLs.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: they would send a hash of each editor's e-mail address to a third
# party on every admin page (and the admin's CSP blocks other origins anyway).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# A new translation is a draft, published by a translator who may publish or through moderation
# (wagtail-localize would otherwise make it live at once, in Polish). See core/translation_workflow.py.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Rich text anywhere in the admin: headings h2-h4 only (the page title is the h1; deeper levels
# break the outline), no embeds or images inside text (images go in their own block with alt text).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]},
    },
}
