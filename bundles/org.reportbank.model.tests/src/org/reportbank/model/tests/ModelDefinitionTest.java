package org.reportbank.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.reportbank.model.Metric;
import org.reportbank.model.MetricKind;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.ReportbankPackage;

class ModelDefinitionTest {

	@Test
	void theGeneratedCodeMatchesTheEcoreFile() {
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		Path ecore = Path.of(System.getProperty("reportbank.root", "../.."))
				.resolve("bundles/org.reportbank.model/model/reportbank.ecore");
		Resource resource = resources.getResource(URI.createFileURI(ecore.toAbsolutePath().toString()), true);
		EPackage fromFile = (EPackage) resource.getContents().get(0);
		assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(fromFile).getSeverity());
		assertEquals(signature(fromFile), signature(ReportbankPackage.eINSTANCE),
				"the ecore changed but the code was not regenerated (releng/regenerate-model.sh)");
	}

	@Test
	void thePackageIsRegisteredUnderItsNamespace() {
		assertSame(ReportbankPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(ReportbankPackage.eNS_URI));
	}

	@Test
	void metricsHoldExactDecimalsAndSpansDefaultToFullConfidence() {
		Metric metric = ReportbankFactory.eINSTANCE.createMetric();
		metric.setValue(new java.math.BigDecimal("68.136"));
		metric.setKind(MetricKind.MONEY);
		assertEquals("68.136", metric.getValue().toPlainString());
		assertEquals(1.0, metric.getConfidence());
		assertNotNull(ReportbankPackage.Literals.REPORT__LAYERS);
		assertEquals(true, ReportbankPackage.Literals.REPORT__LAYERS.isTransient(), "layers live in files of their own");
	}

	/** Every classifier with its features and their types, or its literals. */
	private static Map<String, List<String>> signature(EPackage p) {
		Map<String, List<String>> result = new TreeMap<>();
		for (EClassifier c : p.getEClassifiers()) {
			if (c instanceof EClass cls) {
				result.put(c.getName(), cls.getEStructuralFeatures().stream().map(ModelDefinitionTest::feature).toList());
			} else if (c instanceof EEnum e) {
				result.put(c.getName(), e.getELiterals().stream().map(l -> l.getName() + "=" + l.getLiteral()).toList());
			}
		}
		return result;
	}

	private static String feature(EStructuralFeature f) {
		return f.getName() + ":" + f.getEType().getName() + "[" + f.getLowerBound() + ".." + f.getUpperBound() + "]"
				+ (f.isTransient() ? " transient" : "");
	}
}
