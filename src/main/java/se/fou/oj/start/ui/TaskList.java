package se.fou.oj.start.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import se.fou.oj.notification.NotificationService;
import se.fou.oj.start.Task;

/**
 * "Mina uppgifter", first on the start page: each task with its link and its due date (or that it has none), the
 * soonest first, overdue ones marked in words, not by colour alone.
 */
class TaskList extends VerticalLayout {

    TaskList(List<Task> tasks, NotificationService notifications) {
        setId("my-tasks");
        setPadding(false);
        setSpacing(false);
        add(new H3(getTranslation("start.tasks")));
        if (tasks.isEmpty()) {
            Span noTasks = new Span(getTranslation("start.tasks.none"));
            noTasks.setId("tasks-empty");
            noTasks.addClassName("muted");
            add(noTasks);
            return;
        }
        VerticalLayout list = new VerticalLayout();
        list.setId("tasks");
        list.setPadding(false);
        list.setSpacing(false);
        for (int i = 0; i < tasks.size(); i++) {
            list.add(row(tasks.get(i), i, notifications));
        }
        add(list);
    }

    private HorizontalLayout row(Task task, int index, NotificationService notifications) {
        Button open = new Button(getTranslation(task.messageKey(), task.argument()), VaadinIcon.ARROW_RIGHT.create(), e -> {
            // Doing the task is reading what announced it
            notifications.markReadByLink(task.link());
            getUI().ifPresent(ui -> ui.navigate(task.link()));
        });
        open.setId("task-link-" + index);
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassName("wrapping-link");
        Span due = new Span(task.due() == null ? getTranslation("task.due.none")
                : getTranslation("task.due", task.due().toString()));
        due.setId("task-due-" + index);
        due.addClassName("muted");
        HorizontalLayout line = new HorizontalLayout(open, due);
        line.setId("task-" + index);
        line.addClassName("wrapping-line");
        line.setAlignItems(Alignment.BASELINE);
        if (task.overdue()) {
            Span late = new Span(getTranslation("minutes.overdue"));
            late.addClassNames("badge", "badge-warning");
            line.add(late);
        }
        return line;
    }
}
