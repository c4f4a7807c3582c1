package mturk.reactive.core.xml.readers;

import java.util.ArrayList;
import java.util.List;
import mturk.reactive.core.HelpInformation;
import mturk.reactive.core.HelpInformation.OperationHelp;
import mturk.reactive.core.HelpInformation.ResponseGroupHelp;
import mturk.reactive.core.xml.Child;
import mturk.reactive.core.xml.RecordReader;

/**
 * Reads the {@code Information} result of {@code Help}: every {@code OperationInformation} (name, description,
 * required and available parameters, default and available response groups) and every
 * {@code ResponseGroupInformation} (name, creation date, valid operations, elements).
 */
public final class HelpInformationReader implements RecordReader<HelpInformation> {

    private final List<OperationHelp> operations = new ArrayList<>();
    private final List<ResponseGroupHelp> groups = new ArrayList<>();

    @Override
    public Child child(String name) {
        return switch (name) {
            case "OperationInformation" -> Child.record(new OperationReader(), operations::add);
            case "ResponseGroupInformation" -> Child.record(new GroupReader(), groups::add);
            default -> Child.skip();
        };
    }

    @Override
    public HelpInformation finish() {
        return new HelpInformation(operations, groups);
    }

    /** A container of repeated text elements, e.g. {@code RequiredParameters/Parameter*}. */
    private static final class TextListReader implements RecordReader<List<String>> {
        private final String item;
        private final List<String> values = new ArrayList<>();

        TextListReader(String item) {
            this.item = item;
        }

        @Override
        public Child child(String name) {
            return name.equals(item) ? Child.text(t -> values.add(t.strip())) : Child.skip();
        }

        @Override
        public List<String> finish() {
            return values;
        }
    }

    private static final class OperationReader implements RecordReader<OperationHelp> {
        private String name;
        private String description;
        private List<String> required = List.of();
        private List<String> available = List.of();
        private List<String> defaultGroups = List.of();
        private List<String> availableGroups = List.of();

        @Override
        public Child child(String element) {
            return switch (element) {
                case "Name" -> Child.text(t -> name = t.strip());
                case "Description" -> Child.text(t -> description = t);
                case "RequiredParameters" -> Child.record(new TextListReader("Parameter"), l -> required = l);
                case "AvailableParameters" -> Child.record(new TextListReader("Parameter"), l -> available = l);
                case "DefaultResponseGroups" ->
                        Child.record(new TextListReader("ResponseGroup"), l -> defaultGroups = l);
                case "AvailableResponseGroups" ->
                        Child.record(new TextListReader("ResponseGroup"), l -> availableGroups = l);
                default -> Child.skip();
            };
        }

        @Override
        public OperationHelp finish() {
            return new OperationHelp(name, description, required, available, defaultGroups, availableGroups);
        }
    }

    private static final class GroupReader implements RecordReader<ResponseGroupHelp> {
        private String name;
        private String creationDate;
        private List<String> operations = List.of();
        private List<String> elements = List.of();

        @Override
        public Child child(String element) {
            return switch (element) {
                case "Name" -> Child.text(t -> name = t.strip());
                case "CreationDate" -> Child.text(t -> creationDate = t.strip());
                case "ValidOperations" -> Child.record(new TextListReader("Operation"), l -> operations = l);
                case "Elements" -> Child.record(new TextListReader("Element"), l -> elements = l);
                default -> Child.skip();
            };
        }

        @Override
        public ResponseGroupHelp finish() {
            return new ResponseGroupHelp(name, creationDate, operations, elements);
        }
    }
}
