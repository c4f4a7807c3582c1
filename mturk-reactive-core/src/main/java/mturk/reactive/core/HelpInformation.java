package mturk.reactive.core;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@code Help} ({@code Information}): descriptions of operations or of response groups, as the
 * service returns them.
 *
 * @param operations     one entry per {@code OperationInformation}; copied, never null
 * @param responseGroups one entry per {@code ResponseGroupInformation}; copied, never null
 */
public record HelpInformation(List<OperationHelp> operations, List<ResponseGroupHelp> responseGroups) {

    /**
     * Copies the lists.
     *
     * @param operations     the operation descriptions
     * @param responseGroups the response-group descriptions
     */
    public HelpInformation {
        operations = List.copyOf(Objects.requireNonNull(operations, "operations"));
        responseGroups = List.copyOf(Objects.requireNonNull(responseGroups, "responseGroups"));
    }

    /**
     * One {@code OperationInformation}.
     *
     * @param name                    the operation, e.g. {@code CreateHIT}
     * @param description             its description, or {@code null}
     * @param requiredParameters      {@code RequiredParameters/Parameter}; never null
     * @param availableParameters     {@code AvailableParameters/Parameter}; never null
     * @param defaultResponseGroups   {@code DefaultResponseGroups/ResponseGroup}; never null
     * @param availableResponseGroups {@code AvailableResponseGroups/ResponseGroup}; never null
     */
    public record OperationHelp(String name, String description, List<String> requiredParameters,
                                List<String> availableParameters, List<String> defaultResponseGroups,
                                List<String> availableResponseGroups) {

        /**
         * Copies the lists.
         *
         * @param name                    the operation
         * @param description             its description, or {@code null}
         * @param requiredParameters      required parameters
         * @param availableParameters     available parameters
         * @param defaultResponseGroups   default response groups
         * @param availableResponseGroups available response groups
         */
        public OperationHelp {
            requiredParameters = List.copyOf(requiredParameters);
            availableParameters = List.copyOf(availableParameters);
            defaultResponseGroups = List.copyOf(defaultResponseGroups);
            availableResponseGroups = List.copyOf(availableResponseGroups);
        }
    }

    /**
     * One {@code ResponseGroupInformation}.
     *
     * @param name            the response group, e.g. {@code HITDetail}
     * @param creationDate    {@code CreationDate} as sent, or {@code null}
     * @param validOperations {@code ValidOperations/Operation}; never null
     * @param elements        {@code Elements/Element}; never null
     */
    public record ResponseGroupHelp(String name, String creationDate, List<String> validOperations,
                                    List<String> elements) {

        /**
         * Copies the lists.
         *
         * @param name            the response group
         * @param creationDate    its creation date as sent, or {@code null}
         * @param validOperations the operations it is valid for
         * @param elements        the elements it includes
         */
        public ResponseGroupHelp {
            validOperations = List.copyOf(validOperations);
            elements = List.copyOf(elements);
        }
    }
}
