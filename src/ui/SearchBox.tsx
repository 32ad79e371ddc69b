import { useId } from "react";

interface Props {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly label?: string;
}

export function SearchBox({ value, onChange, label = "Search events" }: Props) {
  const id = useId();
  return (
    <div className="search">
      <label htmlFor={id} className="visually-hidden">{label}</label>
      <input
        id={id}
        className="search__input"
        type="search"
        placeholder="Search titles and summaries"
        value={value}
        maxLength={200}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape" && value) {
            e.stopPropagation();
            onChange("");
          }
        }}
      />
    </div>
  );
}
