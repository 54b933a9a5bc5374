package se.fou.oj.user;

import static se.fou.oj.db.Tables.APP_USER;
import static se.fou.oj.db.Tables.LOGIN_ATTEMPT;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.Role;

@Repository
class UserRepository {

    private final DSLContext dsl;
    private final Clock clock;

    UserRepository(DSLContext dsl, Clock clock) {
        this.clock = clock;
        this.dsl = dsl;
    }

    Optional<AppUserPrincipal> principalByUsername(String username) {
        // The municipality's code and name come from region (AppUserDetailsService)
        return dsl.select(APP_USER.asterisk()).from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new AppUserPrincipal(r.get(APP_USER.ID), r.get(APP_USER.USERNAME),
                        r.get(APP_USER.DISPLAY_NAME), r.get(APP_USER.PASSWORD_HASH), Role.valueOf(r.get(APP_USER.ROLE)),
                        r.get(APP_USER.MUNICIPALITY_ID), null, null,
                        r.get(APP_USER.ACTIVE), r.get(APP_USER.LOCKED_UNTIL)));
    }

    Optional<String> displayName(String username) {
        return dsl.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchOptional(APP_USER.DISPLAY_NAME);
    }

    List<UserAccount> all() {
        return dsl.select(APP_USER.asterisk()).from(APP_USER)
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(UserRepository::toAccount);
    }

    List<UserAccount> byIds(Collection<Long> ids) {
        return dsl.select(APP_USER.asterisk()).from(APP_USER).where(APP_USER.ID.in(ids)).fetch(UserRepository::toAccount);
    }

    List<Long> activeUserIds(Collection<String> roles) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.ROLE.in(roles).and(APP_USER.ACTIVE.isTrue()))
                .fetch(APP_USER.ID);
    }

    Optional<UserAccount> byId(long id) {
        return dsl.select(APP_USER.asterisk()).from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchOptional(UserRepository::toAccount);
    }

    /** Without the municipality's name, which UserService adds from region. */
    private static UserAccount toAccount(Record r) {
        return new UserAccount(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                r.get(APP_USER.EMAIL), Role.valueOf(r.get(APP_USER.ROLE)), r.get(APP_USER.MUNICIPALITY_ID),
                null, r.get(APP_USER.ACTIVE), r.get(APP_USER.LOCKED_UNTIL));
    }

    boolean usernameTaken(String username, Long exceptId) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username)
                .and(exceptId == null ? APP_USER.ID.isNotNull() : APP_USER.ID.ne(exceptId)));
    }

    long insert(UserDraft draft, String passwordHash) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, draft.username())
                .set(APP_USER.DISPLAY_NAME, draft.displayName())
                .set(APP_USER.EMAIL, draft.email())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ROLE, draft.role().name())
                .set(APP_USER.MUNICIPALITY_ID, draft.municipalityId())
                .set(APP_USER.ACTIVE, draft.active())
                .set(APP_USER.CREATED_AT, LocalDateTime.now(clock))
                .returning(APP_USER.ID).fetchOne().getId();
    }

    void update(long id, UserDraft draft) {
        dsl.update(APP_USER)
                .set(APP_USER.USERNAME, draft.username())
                .set(APP_USER.DISPLAY_NAME, draft.displayName())
                .set(APP_USER.EMAIL, draft.email())
                .set(APP_USER.ROLE, draft.role().name())
                .set(APP_USER.MUNICIPALITY_ID, draft.municipalityId())
                .set(APP_USER.ACTIVE, draft.active())
                .where(APP_USER.ID.eq(id)).execute();
    }

    void updatePassword(long id, String passwordHash) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.ID.eq(id)).execute();
    }

    /** Counts one more wrong password; locks the account when the limit is reached. Returns true when it locked. */
    boolean registerFailure(String username, int maxFailedAttempts, LocalDateTime lockUntil) {
        dsl.update(APP_USER).set(APP_USER.FAILED_LOGIN_COUNT, APP_USER.FAILED_LOGIN_COUNT.plus(1))
                .where(APP_USER.USERNAME.eq(username)).execute();
        int locked = dsl.update(APP_USER)
                .set(APP_USER.LOCKED_UNTIL, lockUntil)
                .set(APP_USER.FAILED_LOGIN_COUNT, 0)
                .where(APP_USER.USERNAME.eq(username).and(APP_USER.FAILED_LOGIN_COUNT.ge(maxFailedAttempts)))
                .execute();
        return locked > 0;
    }

    void resetFailures(String username) {
        dsl.update(APP_USER).set(APP_USER.FAILED_LOGIN_COUNT, 0).setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.USERNAME.eq(username)).execute();
    }

    void unlock(long id) {
        dsl.update(APP_USER).set(APP_USER.FAILED_LOGIN_COUNT, 0).setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.ID.eq(id)).execute();
    }

    void insertLoginAttempt(LoginAttempt attempt) {
        dsl.insertInto(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.ATTEMPTED_AT, attempt.attemptedAt())
                .set(LOGIN_ATTEMPT.USERNAME, attempt.username())
                .set(LOGIN_ATTEMPT.REMOTE_ADDRESS, attempt.remoteAddress())
                .set(LOGIN_ATTEMPT.SUCCESS, attempt.success())
                .set(LOGIN_ATTEMPT.OUTCOME, attempt.outcome())
                .execute();
    }

    List<LoginAttempt> latestLoginAttempts(String username, int limit) {
        return dsl.selectFrom(LOGIN_ATTEMPT).where(LOGIN_ATTEMPT.USERNAME.eq(username))
                .orderBy(LOGIN_ATTEMPT.ID.desc()).limit(limit)
                .fetch(r -> new LoginAttempt(r.getAttemptedAt(), r.getUsername(), r.getRemoteAddress(),
                        r.getSuccess(), r.getOutcome()));
    }

    Optional<String> passwordHash(long id) {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(APP_USER.PASSWORD_HASH);
    }

    List<LoginAttempt> loginAttemptsPage(int offset, int limit) {
        return dsl.selectFrom(LOGIN_ATTEMPT).orderBy(LOGIN_ATTEMPT.ID.desc()).offset(offset).limit(limit)
                .fetch(r -> new LoginAttempt(r.getAttemptedAt(), r.getUsername(), r.getRemoteAddress(),
                        r.getSuccess(), r.getOutcome()));
    }

    int loginAttemptCount() {
        return dsl.fetchCount(LOGIN_ATTEMPT);
    }

    /** The time of each user's latest successful login, by username. */
    Map<String, LocalDateTime> lastSuccessfulLogins() {
        return dsl.select(LOGIN_ATTEMPT.USERNAME, DSL.max(LOGIN_ATTEMPT.ATTEMPTED_AT))
                .from(LOGIN_ATTEMPT).where(LOGIN_ATTEMPT.SUCCESS.isTrue())
                .groupBy(LOGIN_ATTEMPT.USERNAME)
                .fetchMap(LOGIN_ATTEMPT.USERNAME, DSL.max(LOGIN_ATTEMPT.ATTEMPTED_AT));
    }

    long count() {
        return dsl.fetchCount(APP_USER);
    }
}
