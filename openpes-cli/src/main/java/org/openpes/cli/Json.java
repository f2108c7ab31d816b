package org.openpes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Prints a result as indented JSON: the CLI answers what the REST API answers. */
final class Json {
    private Json() {
    }

    static void print(Object value) throws com.fasterxml.jackson.core.JsonProcessingException {
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
    }
}
