package se.fou.oj.compilation;

/**
 * An indicator's sentence in the compilation.
 *
 * @param generated what the data says now
 * @param edited FoU's own wording, or null
 * @param flagged the edited wording may no longer agree with the data (the figures changed since it was written, or
 *                it names a percentage the data does not have)
 */
public record IndicatorSentence(String indicatorCode, String generated, String edited, boolean flagged) {

    public String effective() {
        return edited != null ? edited : generated;
    }

    public boolean isEdited() {
        return edited != null;
    }
}
