package dev.retort.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Keeps subcommand help short: the synopsis reads {@code retort upgrade [OPTIONS] <target>}, the option
 * list shows the command's own options, and one line names the global options that {@code retort --help}
 * describes.
 */
final class HelpLayout {

    private HelpLayout() {
    }

    static void apply(CommandLine root) {
        for (CommandLine sub : root.getSubcommands().values()) {
            apply(sub);
            sub.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS,
                    help -> help.abbreviatedSynopsis());
            sub.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> {
                List<OptionSpec> options = help.commandSpec().options();
                List<OptionSpec> own = options.stream().filter(o -> !o.inherited() || o.usageHelp() || o.versionHelp())
                        .toList();
                String global = options.stream().filter(o -> o.inherited() && !o.usageHelp() && !o.versionHelp())
                        .map(OptionSpec::longestName).collect(Collectors.joining(" "));
                return help.optionListExcludingGroups(own) + "Global options (see 'retort --help'):\n"
                        + wrap(global, help.commandSpec().usageMessage().width() - 2) + "\n";
            });
        }
    }

    private static String wrap(String words, int width) {
        StringBuilder out = new StringBuilder("  ");
        int column = 2;
        for (String word : words.split(" ")) {
            if (column > 2 && column + 1 + word.length() > width) {
                out.append("\n  ");
                column = 2;
            } else if (column > 2) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }
}
