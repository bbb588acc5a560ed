from django import template

from accessibility.statement import current_statement

register = template.Library()


@register.simple_tag(takes_context=True)
def accessibility_statement(context):
    """The live accessibility statement of the current language (a Contact with person,
    email, phone, email_link, phone_link and url), or None; cached, so usually no query."""
    return current_statement(context.get("request"))
