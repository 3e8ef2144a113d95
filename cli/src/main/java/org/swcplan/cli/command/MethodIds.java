package org.swcplan.cli.command;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.swcplan.cli.UsageError;
import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.forecast.ForecastMethods;
import picocli.CommandLine.Model.CommandSpec;

/** The forecasting method ids, for help texts and completion, and their resolution. */
public final class MethodIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return ForecastMethods.ids().iterator();
    }

    static ForecastMethod resolve(CommandSpec spec, String id) {
        return UsageError.from(spec, () -> ForecastMethods.byId(id));
    }

    static List<ForecastMethod> resolveAll(CommandSpec spec, List<String> ids) {
        List<ForecastMethod> methods = new ArrayList<>();
        for (String id : ids) {
            methods.add(resolve(spec, id.strip()));
        }
        return methods;
    }
}
