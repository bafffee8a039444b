package org.smrdesk.user;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.commons.codec.binary.Base32;
import org.smrdesk.core.AuditLog;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.RuleException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional second factor: a TOTP secret per user (RFC 6238) and ten one-time recovery
 * codes, kept only as SHA-256 hashes. Every code check is throttled like passwords
 * ({@link LoginThrottle}, per account and per address), and a code is accepted only for a
 * later 30-second step than the last one accepted, so the same code never works twice
 * (the check is one conditional update: it holds across nodes).
 */
@Service
@Transactional(readOnly = true)
public class SecondFactorService {

	static final int RECOVERY_CODES = 10;

	private static final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final LoginThrottle throttle;

	private final SecurityEvents events;

	SecondFactorService(JdbcTemplate jdbc, Clock clock, LoginThrottle throttle, SecurityEvents events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.throttle = throttle;
		this.events = events;
	}

	/** What the account page shows: since when, and how many recovery codes are left. */
	public record Status(Instant enabledAt, int recoveryCodesLeft) {
	}

	/** The answer to a code. */
	enum Check {

		/** The code was right (and is now used). */
		ACCEPTED,
		/** Wrong, reused or malformed. */
		WRONG,
		/** Too many wrong codes: refused without looking. */
		LOCKED

	}

	public boolean isEnabled(long userId) {
		return Boolean.TRUE.equals(this.jdbc
			.queryForObject("select exists (select 1 from second_factors where user_id = ?)", Boolean.class, userId));
	}

	public Optional<Status> status(long userId) {
		return this.jdbc
			.query("""
					select f.enabled_at,
					       (select count(*) from recovery_codes c where c.user_id = f.user_id and c.used_at is null) as left_
					from second_factors f where f.user_id = ?""",
					(rs, row) -> new Status(rs.getTimestamp("enabled_at").toInstant(), rs.getInt("left_")), userId)
			.stream()
			.findFirst();
	}

	/**
	 * Turns the second factor on once the user has shown a code made from the new secret.
	 * @param userId the user
	 * @param email their e-mail address (the throttle's key)
	 * @param secret the secret shown to them
	 * @param code the code they typed
	 * @param address the client's address
	 * @return the recovery codes, shown once
	 */
	@Transactional(noRollbackFor = FieldException.class)
	public List<String> enable(long userId, String email, String secret, String code, String address) {
		if (this.throttle.isCodeLocked(email, address)) {
			throw new FieldException("code", "twoStep.code.locked");
		}
		Instant now = this.clock.instant();
		OptionalLong step = TotpCodes.matchingStep(secret, code, now);
		if (step.isEmpty()) {
			failed(userId, email, address);
			throw new FieldException("code", "twoStep.code.wrong");
		}
		int inserted = this.jdbc.update("""
				insert into second_factors (user_id, secret, last_used_step, enabled_at) values (?, ?, ?, ?)
				on conflict (user_id) do nothing""", userId, secret, step.getAsLong(), Timestamp.from(now));
		if (inserted == 0) {
			throw new RuleException("twoStep.already");
		}
		this.throttle.resetCodes(email);
		this.events.record(AuditLog.Action.MFA_ENABLED, userId, email, "");
		return newRecoveryCodes(userId);
	}

	/**
	 * The check at sign-in: a six-digit code from the app, or a recovery code.
	 * @param userId the user
	 * @param email their e-mail address
	 * @param code what they typed
	 * @param address the client's address
	 * @return the answer
	 */
	@Transactional
	Check signIn(long userId, String email, String code, String address) {
		if (this.throttle.isCodeLocked(email, address)) {
			this.events.record(AuditLog.Action.SIGN_IN_REFUSED, userId, email, "second factor locked for now");
			return Check.LOCKED;
		}
		if (accepts(userId, email, code)) {
			this.throttle.resetCodes(email);
			return Check.ACCEPTED;
		}
		failed(userId, email, address);
		return Check.WRONG;
	}

	/**
	 * Turns the second factor off; the owner proves it with a code.
	 */
	@Transactional(noRollbackFor = FieldException.class)
	public void disable(long userId, String email, String code, String address) {
		requireCode(userId, email, code, address);
		this.jdbc.update("delete from second_factors where user_id = ?", userId);
		this.events.record(AuditLog.Action.MFA_DISABLED, userId, email, "by its owner");
	}

	/**
	 * New recovery codes (the old ones stop working); the owner proves it with a code.
	 * @return the new codes, shown once
	 */
	@Transactional(noRollbackFor = FieldException.class)
	public List<String> renewRecoveryCodes(long userId, String email, String code, String address) {
		requireCode(userId, email, code, address);
		this.jdbc.update("delete from recovery_codes where user_id = ?", userId);
		this.events.record(AuditLog.Action.RECOVERY_CODES_RENEWED, userId, email, "");
		return newRecoveryCodes(userId);
	}

	/**
	 * A lead turns off someone's second factor (a lost phone); recorded in the audit log
	 * with the lead as the actor.
	 * @param userId the user
	 * @param email their e-mail address
	 */
	@Transactional
	public void reset(long userId, String email) {
		if (this.jdbc.update("delete from second_factors where user_id = ?", userId) == 1) {
			this.events.record(AuditLog.Action.MFA_DISABLED, userId, email, "reset by a lead");
		}
	}

	private void requireCode(long userId, String email, String code, String address) {
		if (!isEnabled(userId)) {
			throw new RuleException("twoStep.notEnabled");
		}
		if (this.throttle.isCodeLocked(email, address)) {
			throw new FieldException("code", "twoStep.code.locked");
		}
		if (!accepts(userId, email, code)) {
			failed(userId, email, address);
			throw new FieldException("code", "twoStep.code.wrong");
		}
		this.throttle.resetCodes(email);
	}

	private boolean accepts(long userId, String email, String code) {
		String secret = this.jdbc
			.query("select secret from second_factors where user_id = ?", (rs, row) -> rs.getString(1), userId)
			.stream()
			.findFirst()
			.orElse(null);
		if (secret == null || code == null) {
			return false;
		}
		OptionalLong step = TotpCodes.matchingStep(secret, code, this.clock.instant());
		if (step.isPresent()) {
			// only a later step than the last accepted: the same code never works twice
			return this.jdbc.update(
					"update second_factors set last_used_step = ? where user_id = ? and last_used_step < ?",
					step.getAsLong(), userId, step.getAsLong()) == 1;
		}
		String normalized = normalizeRecoveryCode(code);
		if (normalized.length() != 16) {
			return false;
		}
		boolean used = this.jdbc.update("""
				update recovery_codes set used_at = ? where user_id = ? and code_hash = ? and used_at is null""",
				Timestamp.from(this.clock.instant()), userId, hash(normalized)) == 1;
		if (used) {
			this.events.record(AuditLog.Action.RECOVERY_CODE_USED, userId, email, "");
		}
		return used;
	}

	private void failed(long userId, String email, String address) {
		this.events.record(AuditLog.Action.MFA_FAILED, userId, email, "");
		this.throttle.recordCodeFailure(email, address);
	}

	private List<String> newRecoveryCodes(long userId) {
		List<String> codes = new ArrayList<>();
		Base32 base32 = new Base32();
		while (codes.size() < RECOVERY_CODES) {
			byte[] bytes = new byte[10];
			random.nextBytes(bytes);
			String code = base32.encodeToString(bytes).toLowerCase(Locale.ROOT);
			codes.add(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-"
					+ code.substring(12, 16));
		}
		for (String code : codes) {
			this.jdbc.update("insert into recovery_codes (user_id, code_hash) values (?, ?)", userId,
					hash(normalizeRecoveryCode(code)));
		}
		return codes;
	}

	private static String normalizeRecoveryCode(String code) {
		return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

	private static String hash(String normalized) {
		return org.smrdesk.core.Sha256.hex(normalized);
	}

}
