package se.fou.oj.user;

import se.fou.oj.base.security.Role;

/**
 * What the admin form edits. {@code newPassword} is required for a new user and optional (blank = unchanged) when
 * editing.
 */
public record UserDraft(String username, String displayName, String email, Role role, Long municipalityId,
                        boolean active, String newPassword) {
}
