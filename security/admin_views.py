"""What an administrator does for others: unlock a locked-out sign-in, reset a lost second factor.

Both need the permission to change users; a superuser's account only another superuser may touch.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from security.lockout import current_lockouts, unlock
from security.second_factor import has_second_factor, recovery_codes_left, remove_second_factor


def can_manage(request_user, user=None):
    if not (request_user.is_superuser or request_user.has_perm("auth.change_user")):
        return False
    return user is None or request_user.is_superuser or not user.is_superuser


@never_cache
def user_access(request, user_id):
    user = get_object_or_404(get_user_model(), pk=user_id)
    if not can_manage(request.user, user):
        raise PermissionDenied
    username = user.get_username()
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "reset_2fa":
            remove_second_factor(user)
            messages.success(
                request,
                _("The second factor of %(user)s was removed: at the next sign-in they set up an app again.")
                % {"user": username},
            )
        elif action == "unlock":
            unlock(username)
            messages.success(request, _("Sign-in of %(user)s is unlocked from every address.") % {"user": username})
        return redirect("security_user_access", user_id=user.pk)
    lockouts = [row for row in current_lockouts() if row["username"] == username]
    return TemplateResponse(
        request,
        "security/user_access.html",
        {
            "page_title": _("Sign-in security: %(user)s") % {"user": username},
            "header_title": _("Sign-in security: %(user)s") % {"user": username},
            "header_icon": "key",
            "subject": user,
            "enrolled": has_second_factor(user),
            "codes_left": recovery_codes_left(user),
            "lockouts": lockouts,
        },
    )


@never_cache
def lockouts(request):
    if not can_manage(request.user):
        raise PermissionDenied
    if request.method == "POST":
        username = request.POST.get("username", "").strip()
        target = get_user_model().objects.filter(username=username).first()
        if target is not None and not can_manage(request.user, target):
            raise PermissionDenied
        if username:
            count = unlock(username, request.POST.get("ip") or None)
            if count:
                messages.success(request, _("Sign-in of %(user)s is unlocked.") % {"user": username})
            else:
                messages.info(request, _("There were no failed sign-ins for %(user)s.") % {"user": username})
        return redirect("security_lockouts")
    return TemplateResponse(
        request,
        "security/lockouts.html",
        {"page_title": _("Sign-in lockouts"), "header_title": _("Sign-in lockouts"), "header_icon": "lock",
         "rows": current_lockouts(), "failure_limit": settings.AXES_FAILURE_LIMIT},
    )
