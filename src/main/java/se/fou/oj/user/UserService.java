package se.fou.oj.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.fou.oj.base.NotFoundException;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.CurrentUser;
import se.fou.oj.base.security.Role;
import se.fou.oj.region.RegionService;

/** User administration (admins only) and the login history. */
@Service
@EnableConfigurationProperties(LoginProperties.class)
public class UserService {

    /** The longest username (its column). */
    public static final int MAX_USERNAME = 100;

    /** bcrypt reads only a password's first 72 bytes: a longer one would be cut silently, so it is refused. */
    static final int MAX_PASSWORD_BYTES = 72;

    public static final int MIN_PASSWORD_LENGTH = 8;

    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final RegionService regionService;
    private final AuditService audit;
    private final Messages messages;
    private final Clock clock;

    UserService(UserRepository repository, PasswordEncoder passwordEncoder, RegionService regionService,
                AuditService audit, Messages messages, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.regionService = regionService;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> users() {
        AccessGuard.requireRole("listUsers", Role.ADMIN);
        return named(repository.all());
    }

    /** Active users, for FoU choosing invitees, reviewers and owners of action items. */
    @Transactional(readOnly = true)
    public List<UserAccount> directory() {
        AccessGuard.requireRole("userDirectory", Role.FOU);
        return named(repository.all()).stream().filter(UserAccount::active).toList();
    }

    /**
     * The ids of the active users holding one of the roles: whom a notice to "all municipal contacts" reaches. Only
     * ids, no personal data, so any signed-in request or job may ask.
     */
    @Transactional(readOnly = true)
    public List<Long> activeUserIds(Collection<Role> roles) {
        return repository.activeUserIds(roles.stream().map(Role::name).toList());
    }

    @Transactional(readOnly = true)
    public UserAccount user(long id) {
        AccessGuard.requireRole("readUser", Role.ADMIN);
        return repository.byId(id).map(this::named).orElseThrow(() -> new NotFoundException(messages.get("error.notFound")));
    }

    @Transactional
    public UserAccount createUser(UserDraft draft) {
        AccessGuard.requireRole("createUser", Role.ADMIN);
        UserDraft clean = validate(null, draft, true);
        long id = repository.insert(clean, passwordEncoder.encode(clean.newPassword()));
        audit.record("CREATE", "user", id, null, describe(clean), changes(null, clean));
        return repository.byId(id).map(this::named).orElseThrow();
    }

    @Transactional
    public UserAccount updateUser(long id, UserDraft draft) {
        AccessGuard.requireRole("updateUser", Role.ADMIN);
        UserAccount before = named(repository.byId(id).orElseThrow(() -> new NotFoundException(messages.get("error.notFound"))));
        UserDraft clean = validate(id, draft, false);
        repository.update(id, clean);
        AuditChanges changes = changes(before, clean);
        if (StringUtils.hasText(clean.newPassword())) {
            repository.updatePassword(id, passwordEncoder.encode(clean.newPassword()));
            audit.record("PASSWORD", "user", id, null, "Nytt lösenord satt", AuditChanges.of().hidden("password"));
        }
        audit.recordIfChanged("UPDATE", "user", id, null, describe(clean), changes);
        return repository.byId(id).map(this::named).orElseThrow();
    }

    @Transactional
    public void unlock(long id) {
        AccessGuard.requireRole("unlockUser", Role.ADMIN);
        repository.byId(id).orElseThrow(() -> new NotFoundException(messages.get("error.notFound")));
        repository.unlock(id);
        audit.record("UNLOCK", "user", id, "Låst konto öppnat");
    }

    /** Any logged-in user changes their own password, proving the current one first. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUserPrincipal me = CurrentUser.require();
        String storedHash = repository.passwordHash(me.userId())
                .orElseThrow(() -> new NotFoundException(messages.get("error.notFound")));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, storedHash)) {
            throw new ValidationException(messages.get("user.error.currentPassword"));
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new ValidationException(messages.get("user.error.passwordShort", MIN_PASSWORD_LENGTH));
        }
        if (tooLongForBcrypt(newPassword)) {
            throw new ValidationException(messages.get("user.error.passwordLong", MAX_PASSWORD_BYTES));
        }
        repository.updatePassword(me.userId(), passwordEncoder.encode(newPassword));
        audit.record("PASSWORD", "user", me.userId(), null, "Bytte sitt lösenord", AuditChanges.of().hidden("password"));
    }

    @Transactional(readOnly = true)
    public List<LoginAttempt> recentLoginAttempts(int offset, int limit) {
        AccessGuard.requireRole("loginAttempts", Role.ADMIN);
        return repository.loginAttemptsPage(offset, limit);
    }

    @Transactional(readOnly = true)
    public int loginAttemptCount() {
        AccessGuard.requireRole("loginAttempts", Role.ADMIN);
        return repository.loginAttemptCount();
    }

    @Transactional(readOnly = true)
    public List<LoginAttempt> loginAttempts(String username, int limit) {
        AccessGuard.requireRole("loginAttempts", Role.ADMIN);
        return repository.latestLoginAttempts(username, limit);
    }

    /** Each user's latest successful login, by username, for the admin list. */
    @Transactional(readOnly = true)
    public Map<String, LocalDateTime> lastSuccessfulLogins() {
        AccessGuard.requireRole("loginAttempts", Role.ADMIN);
        return repository.lastSuccessfulLogins();
    }

    @Transactional(readOnly = true)
    public boolean anyUsers() {
        return repository.count() > 0;
    }

    private UserDraft validate(Long id, UserDraft draft, boolean passwordRequired) {
        List<String> problems = new ArrayList<>();
        String username = draft.username() == null ? "" : draft.username().trim();
        String displayName = draft.displayName() == null ? "" : draft.displayName().trim();
        String email = StringUtils.hasText(draft.email()) ? draft.email().trim() : null;
        if (!username.matches("[A-Za-z0-9._@-]{3," + MAX_USERNAME + "}")) {
            problems.add(messages.get("user.error.username"));
        } else if (repository.usernameTaken(username, id)) {
            problems.add(messages.get("user.error.usernameTaken", username));
        }
        if (displayName.isEmpty()) {
            problems.add(messages.get("user.error.displayName"));
        } else if (!TextLimit.NAME.fits(displayName)) {
            problems.add(TextLimit.NAME.problem(messages, displayName, "user.displayName"));
        }
        if (!TextLimit.TITLE.fits(email)) {
            problems.add(TextLimit.TITLE.problem(messages, email, "user.email"));
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(messages.get("user.error.email"));
        }
        if (draft.role() == null) {
            problems.add(messages.get("user.error.role"));
        } else if (draft.role().belongsToMunicipality() && draft.municipalityId() == null) {
            problems.add(messages.get("user.error.municipalityRequired"));
        }
        if (draft.municipalityId() != null && regionService.municipalities().stream()
                .noneMatch(m -> m.id() == draft.municipalityId())) {
            problems.add(messages.get("user.error.municipalityUnknown"));
        }
        String password = draft.newPassword();
        if (passwordRequired && !StringUtils.hasText(password)) {
            problems.add(messages.get("user.error.passwordRequired"));
        } else if (StringUtils.hasText(password) && password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(messages.get("user.error.passwordShort", MIN_PASSWORD_LENGTH));
        } else if (tooLongForBcrypt(password)) {
            problems.add(messages.get("user.error.passwordLong", MAX_PASSWORD_BYTES));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        // Only municipal roles carry a municipality; FoU and admins work for the whole region
        Long municipalityId = draft.role().belongsToMunicipality() ? draft.municipalityId() : null;
        return new UserDraft(username, displayName, email, draft.role(), municipalityId, draft.active(), password);
    }

    private static boolean tooLongForBcrypt(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES;
    }

    /**
     * The fields an edit changes, before (null for a new user) and after: the municipality by name. Never the password
     * or its hash: a new password is recorded only as changed.
     */
    private AuditChanges changes(UserAccount before, UserDraft after) {
        String municipalityAfter = after.municipalityId() == null ? null
                : regionService.municipalityNames(List.of(after.municipalityId())).get(after.municipalityId());
        return AuditChanges.of()
                .field("username", before == null ? null : before.username(), after.username())
                .field("displayName", before == null ? null : before.displayName(), after.displayName())
                .field("email", before == null ? null : before.email(), after.email())
                .coded("role", before == null ? null : before.role(), after.role(), "role.")
                .field("municipality", before == null ? null : before.municipalityName(), municipalityAfter)
                .coded("active", before == null ? null : before.active(), after.active(), "audit.value.active.");
    }

    private static String describe(UserDraft draft) {
        return draft.username() + " " + draft.role() + (draft.municipalityId() == null ? "" : " kommun " + draft.municipalityId())
                + (draft.active() ? "" : " (inaktiverad)");
    }

    /** For tests and the admin screen: whether the account is locked right now. */
    public boolean isLocked(UserAccount account) {
        return account.lockedAt(LocalDateTime.now(clock));
    }

    /**
     * These users (active or not) by id, with name, role and municipality: for other modules that keep user ids, e.g.
     * a meeting's invitees. Any logged-in user (the screens that show them authorize their own content).
     */
    @Transactional(readOnly = true)
    public Map<Long, UserAccount> accounts(Collection<Long> ids) {
        CurrentUser.require();
        return ids.isEmpty() ? Map.of() : named(repository.byIds(ids)).stream()
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));
    }

    /** The accounts with their municipality's name, which region owns: one look-up for all of them. */
    private List<UserAccount> named(List<UserAccount> accounts) {
        Map<Long, String> names = regionService.municipalityNames(accounts.stream().map(UserAccount::municipalityId)
                .filter(Objects::nonNull).distinct().toList());
        return accounts.stream().map(a -> a.municipalityId() == null ? a
                : a.withMunicipalityName(names.get(a.municipalityId()))).toList();
    }

    private UserAccount named(UserAccount account) {
        return named(List.of(account)).get(0);
    }

    /**
     * The active municipal contacts of the given municipalities, by municipality id: whom a municipality's reminders
     * go to. One query however many municipalities.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<UserAccount>> activeContacts(Collection<Long> municipalityIds) {
        AccessGuard.requireRole("readContacts", Role.FOU);
        Set<Long> wanted = Set.copyOf(municipalityIds);
        return repository.all().stream()
                .filter(u -> u.active() && u.role() == Role.MUNICIPAL_CONTACT && u.municipalityId() != null
                        && wanted.contains(u.municipalityId()))
                .collect(Collectors.groupingBy(UserAccount::municipalityId));
    }
}
