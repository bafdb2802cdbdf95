package vn.thuocdo.compilation.process;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.thuocdo.compilation.ParIndexGroups;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** {@link ParIndexGroups} through the decision table {@code ParIndexGroup.dmn}, so the thresholds are data. */
@Component
class ParIndexGroupRule implements ParIndexGroups {

    private final DecisionService decisions;
    private final RepositoryService repository;
    /**
     * A plain DMN engine for the what-if: the same table, evaluated without writing the engine's history. The
     * table's entries are simple unary tests ({@code >= 90}), which the JUEL-based FEEL evaluates in microseconds
     * where the Scala FEEL engine takes milliseconds each (48 units: 180 ms against #13's 200 ms for the whole
     * what-if); {@code theWhatIfGroupsAsTheEngineDoes} checks both agree at the boundaries.
     */
    private final DmnEngine dmn = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
            .createDefaultDmnEngineConfiguration()).enableFeelLegacyBehavior(true).buildEngine();
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

    ParIndexGroupRule(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    @Override
    public String group(BigDecimal percent) {
        return decisions.evaluateDecisionTableByKey(CompilationVariables.DECISION_KEY,
                        Variables.createVariables().putValue(CompilationVariables.PERCENT, percent.doubleValue()))
                .getSingleResult().getSingleEntry();
    }

    @Override
    public byte[] decisionTable() {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(CompilationVariables.DECISION_KEY).latestVersion().singleResult();
        try (InputStream in = repository.getDecisionModel(latest.getId())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Function<BigDecimal, String> withoutHistory() {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(CompilationVariables.DECISION_KEY).latestVersion().singleResult();
        DmnDecision decision = parsed.computeIfAbsent(latest.getId(), id -> {
            try (InputStream in = repository.getDecisionModel(id)) {
                return dmn.parseDecision(CompilationVariables.DECISION_KEY, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return percent -> dmn.evaluateDecisionTable(decision,
                        Variables.createVariables().putValue(CompilationVariables.PERCENT, percent.doubleValue()))
                .getSingleResult().getSingleEntry();
    }
}
