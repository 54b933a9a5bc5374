package se.fou.oj.base.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a SQL script as {@code mariadb-dump} writes it into single statements to send over JDBC, the way the
 * {@code mariadb} command-line client does (which cannot run here: it lacks libncurses). It knows:
 * <ul>
 *     <li>strings in {@code '…'} and {@code "…"} with backslash escapes and doubled quotes, and {@code `names`};</li>
 *     <li>comments {@code -- …}, {@code # …} and {@code /* … *}{@code /}, which are left out;</li>
 *     <li>conditional comments {@code /*!40101 … *}{@code /} and {@code /*M!… *}{@code /}, which are kept and sent:
 *     the server runs what is inside when its version is high enough;</li>
 *     <li>{@code DELIMITER} lines (a dump's triggers and routines are written between {@code DELIMITER ;;} and
 *     {@code DELIMITER ;}), which change the delimiter and are not sent.</li>
 * </ul>
 * A delimiter counts only outside strings and comments. A line break inside a string is kept as {@code \n} (a dump
 * writes line breaks in values as the escape {@code \n}, so nothing is lost).
 */
public final class SqlScriptSplitter {

    /** Receives each statement in turn. */
    @FunctionalInterface
    public interface StatementConsumer {
        void accept(String statement) throws Exception;
    }

    private enum State { CODE, SINGLE_QUOTED, DOUBLE_QUOTED, BACKTICKED, BLOCK_COMMENT, CONDITIONAL_COMMENT }

    private final StatementConsumer consumer;
    private final StringBuilder statement = new StringBuilder();
    private String delimiter = ";";
    private State state = State.CODE;
    /** The quote state inside a conditional comment: its content is code and may hold strings. */
    private State stateInConditional = State.CODE;

    private SqlScriptSplitter(StatementConsumer consumer) {
        this.consumer = consumer;
    }

    /** Splits the whole script, handing each statement to the consumer as soon as it is complete. */
    public static void split(Reader script, StatementConsumer consumer) throws Exception {
        SqlScriptSplitter splitter = new SqlScriptSplitter(consumer);
        BufferedReader lines = script instanceof BufferedReader b ? b : new BufferedReader(script, 1 << 16);
        String line;
        while ((line = lines.readLine()) != null) {
            splitter.line(line);
        }
        splitter.emit();
    }

    /** The statements of a script held in memory (tests, small scripts). */
    public static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        try {
            split(new StringReader(script), statements::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return statements;
    }

    private void line(String line) throws Exception {
        if (state == State.CODE && statement.toString().isBlank() && isDelimiterCommand(line)) {
            String newDelimiter = line.strip().substring("DELIMITER".length()).strip();
            if (!newDelimiter.isEmpty()) {
                delimiter = newDelimiter;
            }
            statement.setLength(0);
            return;
        }
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            switch (state) {
                case CODE -> i = code(line, i);
                case SINGLE_QUOTED, DOUBLE_QUOTED, BACKTICKED -> {
                    State after = quoted(state, line, i);
                    i = afterQuoted;
                    state = after;
                }
                case BLOCK_COMMENT -> {
                    int end = line.indexOf("*/", i);
                    if (end < 0) {
                        i = n;
                    } else {
                        statement.append(' ');
                        state = State.CODE;
                        i = end + 2;
                    }
                }
                case CONDITIONAL_COMMENT -> {
                    if (stateInConditional == State.CODE) {
                        if (c == '*' && i + 1 < n && line.charAt(i + 1) == '/') {
                            statement.append("*/");
                            state = State.CODE;
                            i += 2;
                        } else {
                            if (c == '\'' || c == '"' || c == '`') {
                                stateInConditional = c == '\'' ? State.SINGLE_QUOTED
                                        : c == '"' ? State.DOUBLE_QUOTED : State.BACKTICKED;
                            }
                            statement.append(c);
                            i++;
                        }
                    } else {
                        stateInConditional = quoted(stateInConditional, line, i);
                        i = afterQuoted;
                    }
                }
            }
        }
        // The line break itself: kept inside strings and conditional comments, a space between tokens elsewhere
        if (state == State.SINGLE_QUOTED || state == State.DOUBLE_QUOTED || state == State.BACKTICKED
                || state == State.CONDITIONAL_COMMENT) {
            statement.append('\n');
        } else if (state == State.CODE && !statement.isEmpty()) {
            statement.append('\n');
        }
    }

    /** Reads code from {@code i}; returns where to go on. */
    private int code(String line, int i) throws Exception {
        char c = line.charAt(i);
        if (line.startsWith(delimiter, i)) {
            emit();
            return i + delimiter.length();
        }
        if (c == '\'' || c == '"' || c == '`') {
            state = c == '\'' ? State.SINGLE_QUOTED : c == '"' ? State.DOUBLE_QUOTED : State.BACKTICKED;
            statement.append(c);
            return i + 1;
        }
        if (c == '#' || c == '-' && line.startsWith("--", i)
                && (i + 2 == line.length() || Character.isWhitespace(line.charAt(i + 2))
                || Character.isISOControl(line.charAt(i + 2)))) {
            return line.length();
        }
        if (c == '/' && line.startsWith("/*", i)) {
            if (line.startsWith("/*!", i) || line.startsWith("/*M!", i)) {
                state = State.CONDITIONAL_COMMENT;
                stateInConditional = State.CODE;
                int start = line.startsWith("/*!", i) ? 3 : 4;
                statement.append(line, i, i + start);
                return i + start;
            }
            state = State.BLOCK_COMMENT;
            return i + 2;
        }
        statement.append(c);
        return i + 1;
    }

    private int afterQuoted;

    /**
     * Reads inside a string or name from {@code i} up to and including its closing quote or the end of the line;
     * returns the state after it (code once closed) and leaves the position in {@link #afterQuoted}.
     */
    private State quoted(State quote, String line, int i) {
        char close = quote == State.SINGLE_QUOTED ? '\'' : quote == State.DOUBLE_QUOTED ? '"' : '`';
        boolean escapes = quote != State.BACKTICKED;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (escapes && c == '\\' && i + 1 < n) {
                statement.append(c).append(line.charAt(i + 1));
                i += 2;
            } else if (c == close) {
                // A doubled quote closes and opens again: both are kept, the state toggles twice
                statement.append(c);
                afterQuoted = i + 1;
                return State.CODE;
            } else {
                statement.append(c);
                i++;
            }
        }
        afterQuoted = n;
        return quote;
    }

    private static boolean isDelimiterCommand(String line) {
        String trimmed = line.strip();
        return trimmed.length() > "DELIMITER".length()
                && trimmed.substring(0, "DELIMITER".length()).toUpperCase(Locale.ROOT).equals("DELIMITER")
                && Character.isWhitespace(trimmed.charAt("DELIMITER".length()));
    }

    private void emit() throws Exception {
        String text = statement.toString().strip();
        statement.setLength(0);
        if (!text.isEmpty()) {
            consumer.accept(text);
        }
    }
}
