package org.reportbank.benchmarks;

import java.lang.management.MemoryMXBean;

/** Reads the used heap every 2 ms and keeps the largest. */
final class HeapSampler extends Thread {
	private final MemoryMXBean memory;
	private volatile boolean running = true;
	volatile long peak;

	HeapSampler(MemoryMXBean memory) {
		super("heap-sampler");
		setDaemon(true);
		this.memory = memory;
	}

	@Override
	public void run() {
		while (running) {
			peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
			try {
				Thread.sleep(2);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	void finish() {
		peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
		running = false;
		try {
			join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
