package org.reportbank.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The options and operands of one subcommand: {@code --name value}, {@code --flag}, and the rest. */
final class Arguments {

	/** A command line that cannot be run as typed; exit code 2 and the usage. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final Map<String, String> options = new LinkedHashMap<>();
	private final List<String> operands = new ArrayList<>();

	Arguments(List<String> args, Set<String> valueOptions, Set<String> flags) throws UsageException {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--")) {
				String name = arg.substring(2);
				String value = null;
				int eq = name.indexOf('=');
				if (eq >= 0) {
					value = name.substring(eq + 1);
					name = name.substring(0, eq);
				}
				if (valueOptions.contains(name)) {
					if (value == null) {
						if (i + 1 >= args.size()) {
							throw new UsageException("--" + name + " needs a value");
						}
						value = args.get(++i);
					}
					options.put(name, value);
				} else if (flags.contains(name) && value == null) {
					options.put(name, "true");
				} else {
					throw new UsageException("unknown option --" + name);
				}
			} else {
				operands.add(arg);
			}
		}
	}

	boolean has(String name) {
		return options.containsKey(name);
	}

	String value(String name) {
		return options.get(name);
	}

	String required(String name) throws UsageException {
		String value = options.get(name);
		if (value == null) {
			throw new UsageException("--" + name + " is required");
		}
		return value;
	}

	Path requiredPath(String name) throws UsageException {
		return Path.of(required(name));
	}

	List<String> operands() {
		return operands;
	}
}
