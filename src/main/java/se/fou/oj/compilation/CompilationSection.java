package se.fou.oj.compilation;

import org.springframework.stereotype.Component;
import se.fou.oj.base.navigation.SimpleCycleSection;

/** The cycle navigation's entry for this page: every role may open it. */
@Component
class CompilationSection extends SimpleCycleSection {

    CompilationSection() {
        super("compilation", 20, "compilation.open", "cycles/%d/compilation");
    }
}
