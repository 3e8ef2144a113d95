package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllocateCommandTest {
    private static double[] column(String csv, int index, boolean withCity) {
        return csv.lines().skip(1).filter(l -> withCity || !l.startsWith("CITY"))
                .mapToDouble(l -> Double.parseDouble(l.split(",", -1)[index])).toArray();
    }

    @Test
    void everyMethodSharesOutTheWholeReductionAndLeastCostIsCheapest() {
        double leastCost = Double.NaN;
        for (String method : List.of("least-cost", "uniform", "proportional")) {
            CliRun run = CliRun.of("allocate", "--milestone", "2030", "--method", method, "--format", "json")
                    .exits(ExitCode.OK);
            assertThat(run.out()).contains("\"feasible\": true");
            double required = Double.parseDouble(run.out().replaceAll("(?s).*\"required_reduction_km2\": ([0-9.]+).*", "$1"));
            assertThat(required).as("the BAU forecast misses 78.76 in 2030").isPositive();
            String csv = CliRun.of("allocate", "--milestone", "2030", "--method", method, "--format", "csv").out();
            double sum = java.util.Arrays.stream(column(csv, 4, false)).sum();
            assertThat(sum).as(method).isCloseTo(required, within(0.02));
            double cost = java.util.Arrays.stream(column(csv, 7, false)).sum();
            if (method.equals("least-cost")) {
                leastCost = cost;
            } else {
                assertThat(leastCost).as("least-cost vs " + method).isLessThanOrEqualTo(cost);
            }
        }
    }

    @Test
    void aTargetBeyondTheCapacitiesGetsTheInfeasibleAnswerWithoutAStackTrace() {
        CliRun run = CliRun.of("allocate", "--milestone", "2025", "--target", "85").exits(ExitCode.OK);
        assertThat(run.out()).contains("NOT FEASIBLE").contains("best reachable").contains("binding capacities");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun.of("allocate").exits(ExitCode.USAGE);
        assertThat(CliRun.of("allocate", "--milestone", "2030", "--method", "lottery").exits(ExitCode.USAGE).err())
                .contains("uniform, proportional or least-cost");
        assertThat(CliRun.of("allocate", "--milestone", "2027").exits(ExitCode.USAGE).err()).contains("--target");
    }
}
