package se.fou.oj.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.fou.oj.base.i18n.Messages;

/**
 * Vaadin's components carry their own English texts (Upload's "Upload File...", the multi-select's "1 items selected"
 * for screen readers, the date picker's month names, "Today" and its American date format). This puts the page's
 * language on them, from the translation bundle ({@code component.*} keys): every view calls it right after creating
 * such a component, and {@code ComponentTextsKT} walks the views to fail on any one left in English.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    public static <T extends Upload> T upload(T upload) {
        Texts t = new Texts(upload);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(t.get("component.upload.addFiles.one")).setMany(t.get("component.upload.addFiles.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(t.get("component.upload.dropFiles.one")).setMany(t.get("component.upload.dropFiles.many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(t.get("component.upload.error.tooManyFiles"))
                .setFileIsTooBig(t.get("component.upload.error.fileIsTooBig"))
                .setIncorrectFileType(t.get("component.upload.error.incorrectFileType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t.get("component.upload.status.connecting"))
                        .setStalled(t.get("component.upload.status.stalled"))
                        .setProcessing(t.get("component.upload.status.processing"))
                        .setHeld(t.get("component.upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t.get("component.upload.remainingTime.prefix"))
                        .setUnknown(t.get("component.upload.remainingTime.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t.get("component.upload.error.serverUnavailable"))
                        .setUnexpectedServerError(t.get("component.upload.error.unexpectedServerError"))
                        .setForbidden(t.get("component.upload.error.forbidden"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(t.get("component.upload.file.retry"))
                .setStart(t.get("component.upload.file.start"))
                .setRemove(t.get("component.upload.file.remove")));
        // Symbols, the same in both languages; set so the client never falls back to its defaults
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
        return upload;
    }

    public static <T extends MultiSelectComboBox<?>> T multiSelect(T comboBox) {
        Texts t = new Texts(comboBox);
        comboBox.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(t.get("component.multiSelect.cleared"))
                .setFocused(t.get("component.multiSelect.focused"))
                .setSelected(t.get("component.multiSelect.selected"))
                .setDeselected(t.get("component.multiSelect.deselected"))
                .setTotal(t.get("component.multiSelect.total")));
        return comboBox;
    }

    public static DatePicker datePicker(DatePicker picker) {
        Texts t = new Texts(picker);
        picker.setLocale(t.formatLocale());
        picker.setI18n(datePickerI18n(t));
        return picker;
    }

    public static DateTimePicker dateTimePicker(DateTimePicker picker) {
        Texts t = new Texts(picker);
        picker.setLocale(t.formatLocale());
        picker.setDatePickerI18n(datePickerI18n(t));
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(t.get("component.dateTime.dateLabel"))
                .setTimeLabel(t.get("component.dateTime.timeLabel"))
                .setBadInputErrorMessage(t.get("component.dateTime.badInput"))
                .setIncompleteInputErrorMessage(t.get("component.dateTime.incompleteInput")));
        return picker;
    }

    private static DatePicker.DatePickerI18n datePickerI18n(Texts t) {
        List<String> formats = t.list("component.date.formats");
        return new DatePicker.DatePickerI18n()
                // The first format is how a date is shown; the others are also accepted when typed
                .setDateFormats(formats.get(0), formats.subList(1, formats.size()).toArray(String[]::new))
                .setMonthNames(t.list("component.date.monthNames"))
                .setWeekdays(t.list("component.date.weekdays"))
                .setWeekdaysShort(t.list("component.date.weekdaysShort"))
                .setFirstDayOfWeek(1)
                .setToday(t.get("component.date.today"))
                .setCancel(t.get("component.date.cancel"))
                .setBadInputErrorMessage(t.get("component.date.badInput"));
    }

    /** The bundle in the UI's language (Swedish unless the user picked English). */
    private record Texts(Component component, Locale locale) {

        Texts(Component component) {
            this(component, UI.getCurrent() == null || UI.getCurrent().getLocale() == null
                    ? Messages.SWEDISH : UI.getCurrent().getLocale());
        }

        String get(String key) {
            return component.getTranslation(locale, key);
        }

        List<String> list(String key) {
            return Arrays.stream(get(key).split(",")).map(String::strip).toList();
        }

        /** The region for the pickers' number formats (sv-SE: 24-hour clock, Monday first). */
        Locale formatLocale() {
            return Locale.forLanguageTag(get("component.date.locale"));
        }
    }
}
