package dev.termdeck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of {@code docs/ARCHITECTURE.md}, executed: the test reads the document's two tables ("package | may
 * use" and "library | only in") and checks every production class against them, so that the arrows in the document
 * are exactly the arrows the code may have. To allow a new dependency, change the document.
 */
class ArchitectureTest {
    private static final Path DOC = Path.of("docs", "ARCHITECTURE.md");
    private static final String ROOT = "dev.termdeck";
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([\\w.]+)`\\s*\\|([^|]*)\\|\\s*$");
    private static final Pattern NAME = Pattern.compile("`([\\w.]+)`");

    private static JavaClasses production;
    private static Map<String, Set<String>> mayUse;
    private static Map<String, Set<String>> libraries;

    @BeforeAll
    static void readCodeAndDocument() throws IOException {
        // The compiled production classes only (scanning the classpath's jars for the package would take seconds).
        production = new ClassFileImporter().importPath(Path.of("target", "classes"));
        assertThat(production.size()).as("classes in target/classes").isGreaterThan(100);
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        mayUse = table(lines, "| package | may use |");
        libraries = table(lines, "| library | only in |");
    }

    @Test
    void everyPackageUsesOnlyThePackagesItsRowAllows() {
        classes().should(useOnlyAllowedPackages()).check(production);
    }

    @Test
    void everyLibraryStaysInThePackagesItsRowNames() {
        classes().should(useLibrariesOnlyWhereAllowed()).check(production);
    }

    @Test
    void onlyMainExitsTheProcess() {
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".cli.Main")
                .should().callMethod(System.class, "exit", int.class)
                .because("commands return exit codes; only main ends the process")
                .check(production);
    }

    @Test
    void theTableNamesEveryPackageAndOnlyPackagesThatExist() {
        Set<String> inCode = new TreeSet<>();
        for (JavaClass c : production) {
            inCode.add(relative(c.getPackageName()));
        }
        assertThat(inCode).allSatisfy(p -> assertThat(row(p)).as("row for package %s", p).isPresent());
        assertThat(mayUse.keySet()).allSatisfy(r -> assertThat(inCode).as("code for row %s", r)
                .anyMatch(p -> p.equals(r) || p.startsWith(r + ".")));
        for (Set<String> targets : mayUse.values()) {
            assertThat(mayUse.keySet()).containsAll(targets);
        }
    }

    /** A class's dependencies on termdeck classes stay within its row's package and the packages the row allows. */
    private static ArchCondition<JavaClass> useOnlyAllowedPackages() {
        return new ArchCondition<>("use only the packages docs/ARCHITECTURE.md allows") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String from = row(relative(c.getPackageName())).orElse("?");
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    if (!target.equals(ROOT) && !target.startsWith(ROOT + ".")) {
                        continue;
                    }
                    String to = row(relative(target)).orElse("?");
                    boolean allowed = from.equals(to) || mayUse.getOrDefault(from, Set.of()).contains(to);
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(d, "`" + from + "` may not use `" + to + "`: "
                                + d.getDescription()));
                    }
                }
            }
        };
    }

    /** A class uses a library's classes only when the library's row names the class's row. */
    private static ArchCondition<JavaClass> useLibrariesOnlyWhereAllowed() {
        return new ArchCondition<>("use libraries only where docs/ARCHITECTURE.md allows") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String from = row(relative(c.getPackageName())).orElse("?");
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    for (Map.Entry<String, Set<String>> lib : libraries.entrySet()) {
                        boolean isLib = target.equals(lib.getKey()) || target.startsWith(lib.getKey() + ".");
                        if (isLib && !lib.getValue().contains(from)) {
                            events.add(SimpleConditionEvent.violated(d, "`" + from + "` may not use "
                                    + lib.getKey() + " (only " + lib.getValue() + " may): " + d.getDescription()));
                        }
                    }
                }
            }
        };
    }

    /** The row a package belongs to: the longest row name that is the package or one of its parents. */
    private static Optional<String> row(String pkg) {
        return mayUse.keySet().stream().filter(r -> pkg.equals(r) || pkg.startsWith(r + "."))
                .max((a, b) -> Integer.compare(a.length(), b.length()));
    }

    private static String relative(String pkg) {
        return pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1);
    }

    /** The rows of the table whose header line is {@code header}: first cell, and the names in the second. */
    private static Map<String, Set<String>> table(List<String> lines, String header) {
        int start = lines.indexOf(header);
        assertThat(start).as("%s has a table headed %s", DOC, header).isNotNegative();
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(start + 2, lines.size())) {
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                break;
            }
            Set<String> names = new TreeSet<>();
            Matcher n = NAME.matcher(m.group(2));
            while (n.find()) {
                names.add(n.group(1));
            }
            rows.put(m.group(1), names);
        }
        assertThat(rows).as("rows of the table headed %s", header).isNotEmpty();
        return rows;
    }
}
