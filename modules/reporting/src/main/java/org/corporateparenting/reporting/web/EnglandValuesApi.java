package org.corporateparenting.reporting.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;

import org.corporateparenting.reporting.application.EnglandValues;
import org.corporateparenting.reporting.application.Indicator;
import org.corporateparenting.reporting.application.NationalIndicators;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The national indicator catalogue and England's values, which platform admins keep (no council's records). */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Platform admin")
class EnglandValuesApi {

	private final NationalIndicators indicators;

	private final EnglandValues england;

	EnglandValuesApi(NationalIndicators indicators, EnglandValues england) {
		this.indicators = indicators;
		this.england = england;
	}

	@GetMapping("/indicators")
	@Operation(summary = "The national indicator catalogue every council reports")
	List<Indicator> indicators() {
		return indicators.all();
	}

	@GetMapping("/england-values")
	List<EnglandValues.EnglandValue> englandValues() {
		return england.all();
	}

	@PutMapping("/indicators/{code}/england-values")
	@Operation(summary = "Enter or correct England's value of a national indicator for a period")
	EnglandValues.EnglandValue set(@PathVariable String code, @RequestBody EnglandValueRequest request,
			Principal author) {
		return england.set(code, request.period(), request.value(), Boolean.TRUE.equals(request.illustrative()),
				author.getName());
	}

	record EnglandValueRequest(@Schema(example = "2024-25") @Nullable String period, @Schema(example = "71") @Nullable BigDecimal value, @Schema(example = "false") @Nullable Boolean illustrative) {
	}
}
