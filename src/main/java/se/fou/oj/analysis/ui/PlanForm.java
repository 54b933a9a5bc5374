package se.fou.oj.analysis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.fou.oj.analysis.PlanDraft;
import se.fou.oj.analysis.PlanTexts;
import se.fou.oj.analysis.Proposal;
import se.fou.oj.analysis.ProposalService;
import se.fou.oj.base.TextLimit;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.ui.ComponentTexts;
import se.fou.oj.region.Municipality;

/**
 * FoU's proposed plan for an improvement area: start and end (two years is the usual length, so the end follows a
 * chosen start), milestones one per line with their date, and the split of responsibility one row per line.
 */
class PlanForm extends Dialog {

    PlanForm(Proposal proposal, ProposalService service, List<Municipality> municipalities, Messages messages,
             Runnable onSaved) {
        setId("plan-form");
        setHeaderTitle(getTranslation("plan.title", proposal.areaTitle()));
        setWidth("48rem");
        DatePicker start = ComponentTexts.datePicker(new DatePicker(getTranslation("plan.start")));
        start.setId("plan-start");
        DatePicker end = ComponentTexts.datePicker(new DatePicker(getTranslation("plan.end")));
        end.setId("plan-end");
        start.setValue(proposal.plan().startsOn());
        end.setValue(proposal.plan().endsOn());
        start.addValueChangeListener(e -> {
            if (e.getValue() != null && end.getValue() == null) {
                end.setValue(e.getValue().plusYears(2).minusDays(1));
            }
        });
        TextArea milestones = new TextArea(getTranslation("plan.milestones"));
        milestones.setMaxLength(TextLimit.TEXT.max());
        milestones.setId("plan-milestones");
        milestones.setHelperText(getTranslation("plan.milestones.help"));
        milestones.setValue(PlanTexts.milestonesText(proposal.plan()));
        TextArea responsibilities = new TextArea(getTranslation("plan.responsibilities"));
        responsibilities.setMaxLength(TextLimit.TEXT.max());
        responsibilities.setId("plan-responsibilities");
        responsibilities.setHelperText(getTranslation("plan.responsibilities.help"));
        responsibilities.setValue(PlanTexts.responsibilitiesText(proposal.plan(), messages));
        Div errors = new Div();
        errors.setId("plan-errors");
        errors.addClassName("error-text");
        FormLayout form = new FormLayout(start, end, milestones, responsibilities);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(milestones, 2);
        form.setColspan(responsibilities, 2);
        add(form, errors);
        Map<String, String> codeByName = municipalities.stream().collect(Collectors.toMap(Municipality::name, Municipality::code));
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                service.savePlan(proposal.id(), new PlanDraft(start.getValue(), end.getValue(),
                        PlanTexts.parseMilestones(milestones.getValue(), messages),
                        PlanTexts.parseResponsibilities(responsibilities.getValue(), codeByName, messages)));
                close();
                onSaved.run();
            } catch (ValidationException ex) {
                errors.setText(String.join(" ", ex.problems()));
            }
        });
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
