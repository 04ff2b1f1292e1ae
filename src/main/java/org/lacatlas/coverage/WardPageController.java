package org.lacatlas.coverage;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /wards/{code}}: a councillor's shareable link to the printable ward page, which
 * reads the code from the path.
 */
@Controller
class WardPageController {

	@GetMapping("/wards/{code:E\\d{8}}")
	String page(@PathVariable String code) {
		return "forward:/ward.html";
	}

}
