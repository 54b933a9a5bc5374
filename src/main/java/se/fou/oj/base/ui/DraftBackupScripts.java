package se.fou.oj.base.ui;

/**
 * The browser side of {@link LocalDraftBackup}, inline because the project has no frontend build of its own. Every
 * access to localStorage is guarded: it may be full, or switched off in a private window, and the field must keep
 * working then, only without the copy.
 */
final class DraftBackupScripts {

    /**
     * On the field's element: remembers key and server value, copies the text on every keystroke (once per element,
     * however often it is attached) and returns what the browser already held under the key, or "". While such an entry
     * waits for the server's verdict the copying holds off, so that a keystroke in the first instant cannot overwrite it.
     * The entry is {text, base, at}: what was typed, the server value it was typed over, when.
     */
    static final String WATCH = """
            const el = this;
            el.__draftKey = $0;
            el.__draftBase = $1;
            if (!el.__draftWatch) {
              el.__draftWatch = () => {
                if (el.__draftHold) return;
                const text = (el.inputElement || el).value;
                try {
                  if (text === el.__draftBase) {
                    localStorage.removeItem(el.__draftKey);
                  } else {
                    localStorage.setItem(el.__draftKey, JSON.stringify({text: text, base: el.__draftBase, at: Date.now()}));
                  }
                } catch (e) { /* no storage: the field still works, without the copy */ }
              };
              el.addEventListener('input', el.__draftWatch);
            }
            let held = '';
            try { held = localStorage.getItem($0) || ''; } catch (e) { /* no storage */ }
            el.__draftHold = held !== '';
            return held;
            """;

    /** On the field's element: the held entry has been dealt with, copy keystrokes again. */
    static final String RELEASE = "this.__draftHold = false";

    /** At page level: the server saved $1 under key $0; drop the copy if it is that text, else keep it over the new base. */
    static final String SAVED = """
            try {
              const raw = localStorage.getItem($0);
              if (raw) {
                const entry = JSON.parse(raw);
                if (entry.text === $1) {
                  localStorage.removeItem($0);
                } else {
                  entry.base = $1;
                  localStorage.setItem($0, JSON.stringify(entry));
                }
              }
            } catch (e) { /* nothing stored, or no storage */ }
            """;

    static final String FORGET = "try { localStorage.removeItem($0); } catch (e) { }";

    private DraftBackupScripts() {
    }
}
