package org.cytosis.robustness;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No shared mutable state in the product: what one call leaves behind cannot change another's
 * result, whichever thread makes it. Every static field is final, none holds a type that is mutable
 * by design (a mutable collection, an array, a builder, an atomic, a random source), and every
 * static collection is unmodifiable when the program runs.
 */
@Tag("heavy") // .ci/run only: many threads
class NoSharedMutableStateTest {

  private static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.cytosis");

  /** Types whose instances are meant to change: shared, they are shared state. */
  private static final Set<String> MUTABLE =
      Set.of(
          "java.util.ArrayList",
          "java.util.LinkedList",
          "java.util.HashMap",
          "java.util.LinkedHashMap",
          "java.util.TreeMap",
          "java.util.HashSet",
          "java.util.LinkedHashSet",
          "java.util.TreeSet",
          "java.util.ArrayDeque",
          "java.util.EnumMap",
          "java.util.Random",
          "java.lang.StringBuilder",
          "java.lang.StringBuffer",
          "java.util.concurrent.ConcurrentHashMap",
          "java.util.concurrent.CopyOnWriteArrayList");

  @Test
  void everyStaticFieldIsFinal() {
    fields()
        .that()
        .areStatic()
        .should()
        .beFinal()
        .because("a static field that can be reassigned is state shared by every call")
        .check(PRODUCT);
  }

  @Test
  void noStaticFieldHoldsAMutableType() {
    noFields()
        .that()
        .areStatic()
        .and()
        .doNotHaveModifier(JavaModifier.SYNTHETIC) // enums' $VALUES
        .should()
        .haveRawType(mutable())
        .because("a shared mutable object is shared state, final or not")
        .check(PRODUCT);
  }

  @Test
  void everyStaticCollectionIsUnmodifiableAtRunTime() throws Exception {
    // given every static field declared as a collection or a map
    List<String> modifiable = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    for (JavaClass type : PRODUCT) {
      for (JavaField field : type.getFields()) {
        if (!field.getModifiers().contains(JavaModifier.STATIC)
            || !(field.getRawType().isAssignableTo(Collection.class)
                || field.getRawType().isAssignableTo(Map.class))) {
          continue;
        }
        // when its value is read
        Field reflected = field.reflect();
        reflected.setAccessible(true);
        Object value = reflected.get(null);
        checked.add(field.getFullName());
        // then it is one of the JDK's unmodifiable collections
        if (value != null && !isUnmodifiable(value)) {
          modifiable.add(field.getFullName() + " holds a " + value.getClass().getName());
        }
      }
    }
    assertThat(checked).contains("org.cytosis.io.EventJson.NAMES");
    assertThat(modifiable).isEmpty();
  }

  @Test
  void noClassAsksJsonToNameTheClassToMake() {
    noClasses()
        .should()
        .beAnnotatedWith(JsonTypeInfo.class)
        .orShould()
        .beAnnotatedWith(JsonSubTypes.class)
        .orShould()
        .callMethodWhere(
            DescribedPredicate.describe(
                "enables Jackson's default typing",
                call ->
                    call.getTarget().getName().equals("activateDefaultTyping")
                        || call.getTarget().getName().equals("enableDefaultTyping")
                        || call.getTarget().getName().equals("activateDefaultTypingAsProperty")))
        .because("JSON input must never choose which class is instantiated")
        .check(PRODUCT);
  }

  private static DescribedPredicate<JavaClass> mutable() {
    return DescribedPredicate.describe(
        "an array or a type mutable by design",
        type ->
            type.isArray()
                || MUTABLE.contains(type.getName())
                || type.getPackageName().equals("java.util.concurrent.atomic"));
  }

  private static boolean isUnmodifiable(Object value) {
    String name = value.getClass().getName();
    return name.startsWith("java.util.ImmutableCollections$")
        || name.startsWith("java.util.Collections$Unmodifiable")
        || name.startsWith("java.util.Collections$Empty")
        || name.startsWith("java.util.Collections$Singleton")
        || Modifier.isFinal(value.getClass().getModifiers())
            && name.startsWith("java.util.Collections$");
  }
}
