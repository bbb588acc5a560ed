from wagtail.admin.forms import WagtailAdminPageForm


class ScenarioPageForm(WagtailAdminPageForm):
    """Hours as Polish editors type them: "1,5" as well as "1.5"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("duration_hours")
        if field is not None:
            field.localize = True
            field.widget.is_localized = True
