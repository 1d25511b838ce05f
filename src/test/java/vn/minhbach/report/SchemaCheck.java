package vn.minhbach.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** Validates report.json text against src/main/resources/report.schema.json, format assertions on. */
public final class SchemaCheck {

    private static final Schema SCHEMA = load();

    private SchemaCheck() {
    }

    public static List<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static Schema load() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        // Loaded by location: the schema's relative $id needs a base URI to resolve against.
        return registry.getSchema(SchemaLocation.of("classpath:report.schema.json"));
    }
}
