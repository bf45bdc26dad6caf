package org.corporateparenting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/** A shared answer is written as JSON once, and only for the very object it was written for. */
class SharedResponsesUnitTest {

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final SharedResponses responses = new SharedResponses(
			new StaticListableBeanFactory(Map.of("jsonMapper", mapper)).getBeanProvider(JsonMapper.class));

	@Test
	void theSameAnswerIsWrittenOnceAndSentAsTheMapperWroteIt() throws Exception {
		Board board = new Board("Walsall", List.of(3, 1, 0));

		Object first = write(board);
		Object again = write(board);

		assertThat(first).isInstanceOf(RawValue.class).isSameAs(again);
		assertThat(((RawValue) first).rawValue()).isEqualTo(mapper.writeValueAsString(board))
			.isEqualTo("{\"council\":\"Walsall\",\"counts\":[3,1,0]}");
	}

	@Test
	void anotherObjectIsWrittenAfreshEvenWhenEqual() throws Exception {
		Object before = write(new Board("Walsall", List.of(3, 1, 0)));
		Object after = write(new Board("Walsall", List.of(3, 1, 0)));
		Object changed = write(new Board("Walsall", List.of(2, 2, 0)));

		assertThat(after).isNotSameAs(before);
		assertThat(((RawValue) changed).rawValue()).isEqualTo("{\"council\":\"Walsall\",\"counts\":[2,2,0]}");
	}

	@Test
	void onlySharedAnswersWrittenAsJsonAreTouched() throws Exception {
		MethodParameter shared = new MethodParameter(Answers.class.getDeclaredMethod("board"), -1);
		MethodParameter other = new MethodParameter(Answers.class.getDeclaredMethod("text"), -1);
		assertThat(responses.supports(shared, JacksonJsonHttpMessageConverter.class)).isTrue();
		assertThat(responses.supports(shared, StringHttpMessageConverter.class)).isFalse();
		assertThat(responses.supports(other, JacksonJsonHttpMessageConverter.class)).isFalse();

		Board board = new Board("Wirral", List.of());
		assertThat(responses.beforeBodyWrite(board, shared, MediaType.APPLICATION_XML,
				JacksonJsonHttpMessageConverter.class, null, null)).isSameAs(board);
	}

	@Test
	void aSharedListIsWrittenOnceAndAPlainListIsLeftToTheConverter() throws Exception {
		MethodParameter list = new MethodParameter(Answers.class.getDeclaredMethod("boards"), -1);
		List<Board> shared = SharedList.of(List.of(new Board("Walsall", List.of(1)), new Board("Wirral", List.of())));
		List<Board> plain = List.of(new Board("Walsall", List.of(1)));

		assertThat(responses.supports(list, JacksonJsonHttpMessageConverter.class)).isTrue();
		Object first = responses.beforeBodyWrite(shared, list, MediaType.APPLICATION_JSON,
				JacksonJsonHttpMessageConverter.class, null, null);
		assertThat(responses.beforeBodyWrite(shared, list, MediaType.APPLICATION_JSON,
				JacksonJsonHttpMessageConverter.class, null, null)).isSameAs(first);
		assertThat(((RawValue) first).rawValue())
			.isEqualTo("[{\"council\":\"Walsall\",\"counts\":[1]},{\"council\":\"Wirral\",\"counts\":[]}]");
		assertThat(responses.beforeBodyWrite(plain, list, MediaType.APPLICATION_JSON,
				JacksonJsonHttpMessageConverter.class, null, null)).isSameAs(plain);
		assertThatThrownBy(() -> shared.add(new Board("Southwark", List.of())))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	private Object write(Board board) throws Exception {
		Method method = Answers.class.getDeclaredMethod("board");
		return responses.beforeBodyWrite(board, new MethodParameter(method, -1), MediaType.APPLICATION_JSON,
				JacksonJsonHttpMessageConverter.class, null, null);
	}

	record Board(String council, List<Integer> counts) implements SharedResponse {
	}

	interface Answers {

		Board board();

		List<Board> boards();

		String text();
	}
}
