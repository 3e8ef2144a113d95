package org.swcplan.cli;

import org.swcplan.model.RuleBroken;
import org.swcplan.model.UnknownName;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Runs a step whose {@link IllegalArgumentException} means the command line asked for something the
 * data or the rules do not allow, and reports it as a usage error (exit 2) carrying the step's message.
 */
public final class UsageError {
    private UsageError() {
    }

    /** A step giving a value. */
    @FunctionalInterface
    public interface Step<T, E extends Exception> {
        T get() throws E;
    }

    /** A step giving nothing. */
    @FunctionalInterface
    public interface Action<E extends Exception> {
        void run() throws E;
    }

    public static <T, E extends Exception> T from(CommandSpec spec, Step<T, E> step) throws E {
        return from(spec, "", step);
    }

    /** As {@link #from(CommandSpec, Step)}, the message led by {@code prefix} (such as the option's name). */
    public static <T, E extends Exception> T from(CommandSpec spec, String prefix, Step<T, E> step) throws E {
        try {
            return step.get();
        } catch (UnknownName e) {
            throw new ParameterException(spec.commandLine(), UsageMessages.of(spec.commandLine()).unknown(prefix, e));
        } catch (RuleBroken e) {
            throw new ParameterException(spec.commandLine(), UsageMessages.of(spec.commandLine()).broken(prefix, e));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), prefix + e.getMessage());
        }
    }

    public static <E extends Exception> void check(CommandSpec spec, Action<E> action) throws E {
        from(spec, () -> {
            action.run();
            return null;
        });
    }
}
