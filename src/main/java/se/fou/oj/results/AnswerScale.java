package se.fou.oj.results;

/** How an indicator is answered: with a word of the ÖJ answer scale (JA, NEJ, DELVIS, ...) or with a number. */
public enum AnswerScale {
    WORD,
    NUMBER
}
