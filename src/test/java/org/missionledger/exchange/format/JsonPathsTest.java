package org.missionledger.exchange.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPathsTest {

    @Test
    void buildsAndClimbsPaths() {
        String path = JsonPaths.field(JsonPaths.index(JsonPaths.field("$", "missions"), 2), "declare");
        String odd = JsonPaths.field(path, "source.title");

        assertThat(path).isEqualTo("$.missions[2].declare");
        assertThat(odd).isEqualTo("$.missions[2].declare['source.title']");
        assertThat(JsonPaths.parent(odd)).isEqualTo(path);
        assertThat(JsonPaths.parent(path)).isEqualTo("$.missions[2]");
        assertThat(JsonPaths.parent("$.missions[2]")).isEqualTo("$.missions");
        assertThat(JsonPaths.parent("$.missions")).isEqualTo("$");
        assertThat(JsonPaths.parent("$")).isNull();
        assertThat(JsonPaths.property("$.x", "terms.deadline")).isEqualTo("$.x.terms.deadline");
    }
}
